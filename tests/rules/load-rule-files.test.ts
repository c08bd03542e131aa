/** A malformed rule file fails loading (and so the build) with the file, the field and the problem. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRuleFiles, RuleFileError } from '../../rules/load-rule-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cah-rules-'));
  cpSync(join(process.cwd(), 'rules/generic.json'), join(dir, 'generic.json'));
  cpSync(join(process.cwd(), 'rules/platforms'), join(dir, 'platforms'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function problemsAfterWriting(name: string, content: string): string[] {
  writeFileSync(join(dir, 'platforms', name), content);
  try {
    loadRuleFiles(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleFileError);
    return (error as RuleFileError).problems;
  }
  throw new Error('expected the rule files to be rejected');
}

const valid = () => JSON.parse(JSON.stringify(loadRuleFiles(join(process.cwd(), 'rules')).platforms[0]));

describe('loadRuleFiles', () => {
  it('accepts the bundled rules', () => {
    expect(loadRuleFiles(dir).platforms.length).toBeGreaterThan(0);
  });

  it('names the file and says it is not JSON', () => {
    expect(problemsAfterWriting('broken.json', '{ "id": ')).toEqual([
      expect.stringMatching(/^rules\/platforms\/broken\.json: \(file\): not valid JSON/),
    ]);
  });

  it('names the field of a host with a scheme', () => {
    const rule = { ...valid(), id: 'bad-host', hosts: ['https://bad.example.com/'] };
    const problems = problemsAfterWriting('bad-host.json', JSON.stringify(rule));
    expect(problems).toEqual([expect.stringMatching(/^rules\/platforms\/bad-host\.json: hosts\.0: expected a bare/)]);
  });

  it('rejects unknown fields (strict objects) and a wrong discriminant', () => {
    const rule = { ...valid(), id: 'extra', hosts: ['extra.example.com'], surprise: 1, selfService: { status: 'maybe' } };
    const problems = problemsAfterWriting('extra.json', JSON.stringify(rule));
    expect(problems.some((p) => p.startsWith('rules/platforms/extra.json: (root):') && p.includes('surprise'))).toBe(true);
    expect(problems.some((p) => p.startsWith('rules/platforms/extra.json: selfService.status:'))).toBe(true);
  });

  it('rejects a typed confidence (it is computed) and a source without its kind', () => {
    const base = valid();
    const rule = {
      ...base,
      id: 'typed',
      hosts: ['typed.example.com'],
      hostPurposes: { 'typed.example.com': '借款人登录的官网' },
      provenance: { ...base.provenance, confidence: 'high', sources: [{ url: 'https://typed.example.com/', title: 't', supports: 's', checked: '2026-11-30' }] },
    };
    const problems = problemsAfterWriting('typed.json', JSON.stringify(rule));
    expect(problems.some((p) => p.startsWith('rules/platforms/typed.json: provenance:') && p.includes('confidence'))).toBe(true);
    expect(problems.some((p) => p.startsWith('rules/platforms/typed.json: provenance.sources.0.kind:'))).toBe(true);
  });

  it('rejects a host without a stated purpose, and a purpose for a host the rule does not have', () => {
    const rule = { ...valid(), id: 'purpose', hosts: ['purpose.example.com'], hostPurposes: { 'other.example.com': '官网' } };
    expect(problemsAfterWriting('purpose.json', JSON.stringify(rule))).toEqual([
      'rules/platforms/purpose.json: hostPurposes.other.example.com: not one of the rule\'s hosts',
      'rules/platforms/purpose.json: hostPurposes: host "purpose.example.com" has no stated purpose',
    ]);
  });

  it('rejects a phone number without its source', () => {
    const rule = {
      ...valid(),
      id: 'phone',
      hosts: ['phone.example.com'],
      customerService: [{ kind: 'phone', number: '95000' }],
    };
    expect(problemsAfterWriting('phone.json', JSON.stringify(rule))).toEqual([
      expect.stringMatching(/phone\.json: customerService\.0\.source:/),
    ]);
  });

  it('rejects an id that differs from the file name, and a host another rule claims', () => {
    const rule = { ...valid(), id: 'other-name' };
    const problems = problemsAfterWriting('mismatch.json', JSON.stringify(rule));
    expect(problems).toContain('rules/platforms/mismatch.json: id: "other-name" must equal the file name');
    expect(problems.some((p) => /mismatch\.json: hosts: ".+" is already claimed by rule/.test(p))).toBe(true);
  });
});
