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
  cpSync(join(process.cwd(), 'rules/institutions'), join(dir, 'institutions'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function problemsAfterWriting(name: string, content: string, folder = 'platforms'): string[] {
  writeFileSync(join(dir, folder, name), content);
  try {
    loadRuleFiles(dir, { today: new Date('2026-12-01T12:00:00Z') });
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

  it('rejects a lender that is not in the institution directory (one source of truth)', () => {
    const rule = { ...valid(), id: 'unknown-lender', hosts: [], hostPurposes: {}, legalEntities: [{ name: '某某不存在小额贷款有限公司', role: 'lender' }] };
    expect(problemsAfterWriting('unknown-lender.json', JSON.stringify(rule))).toEqual([
      'rules/platforms/unknown-lender.json: legalEntities.0.name: "某某不存在小额贷款有限公司" (lender) is not in the institution directory',
    ]);
  });

  it('accepts an operator that is not in the directory (an operator is not a querier on a report)', () => {
    const rule = { ...valid(), id: 'operator-only', hosts: [], hostPurposes: {}, legalEntities: [{ name: '某某网络科技有限公司', role: 'operator' }] };
    writeFileSync(join(dir, 'platforms', 'operator-only.json'), JSON.stringify(rule));
    expect(loadRuleFiles(dir).platforms.map((candidate) => candidate.id)).toContain('operator-only');
  });
});

describe('loadRuleFiles: what the data lint of issue 12 refuses', () => {
  const base = () => ({ ...valid(), id: 'lint', hosts: ['www.lint.example.com'], hostPurposes: { 'www.lint.example.com': '借款人登录与借款的页面' } });
  const problems = (overrides: Record<string, unknown>) => problemsAfterWriting('lint.json', JSON.stringify({ ...base(), ...overrides }));

  it('an investor-relations or mail host, and a purpose that says so', () => {
    expect(problems({ hosts: ['ir.lint.example.com'], hostPurposes: { 'ir.lint.example.com': '官网' } })).toEqual([
      'rules/platforms/lint.json: hosts: "ir.lint.example.com" is an investor-relations or mail host, not a page borrowers use',
    ]);
    expect(problems({ hostPurposes: { 'www.lint.example.com': '投资者关系与联系邮箱' } })).toEqual([
      'rules/platforms/lint.json: hostPurposes.www.lint.example.com: a host must be a page borrowers use, not "投资者关系与联系邮箱"',
    ]);
  });

  it('an entity name without a legal form', () => {
    expect(problems({ legalEntities: [{ name: 'Lint Holdings Inc.', role: 'operator' }] })).toEqual([
      'rules/platforms/lint.json: legalEntities.0.name: "Lint Holdings Inc." does not end in a legal form (有限公司, 股份有限公司, …银行)',
    ]);
  });

  it('a former name another rule already has', () => {
    expect(problems({ formerNames: ['招联消费金融有限公司'] })).toEqual([
      'rules/platforms/mucfc.json: formerNames.0: "招联消费金融有限公司" is already a former name of rule "lint"',
    ]);
  });

  it('a provenance date in the future', () => {
    const rule = base();
    const sources = [{ ...rule.provenance.sources[0], checked: '2027-01-02' }];
    expect(problems({ provenance: { checked: '2027-01-01', sources } })).toEqual([
      'rules/platforms/lint.json: provenance.checked: 2027-01-01 is in the future',
      'rules/platforms/lint.json: provenance.sources.0.checked: 2027-01-02 is in the future',
    ]);
  });
});

describe('loadRuleFiles: the institution directory', () => {
  const institution = (overrides: Record<string, unknown> = {}) => ({
    formatVersion: 1,
    id: 'test-entity',
    name: '测试消费金融有限公司',
    kind: 'consumer-finance-company',
    formerNames: [],
    brands: [],
    sources: [{ url: 'https://regulator.example.cn/list.pdf', title: '名单', kind: 'regulator', supports: '名称', checked: '2026-11-30' }],
    ...overrides,
  });
  const write = (entry: Record<string, unknown>, file = 'test-entity.json') => problemsAfterWriting(file, JSON.stringify(entry), 'institutions');

  it('accepts the bundled directory, at least 150 entities', () => {
    expect(loadRuleFiles(dir).institutions.length).toBeGreaterThanOrEqual(150);
  });

  it('rejects an id that differs from the file name, and a name without a legal form', () => {
    expect(write(institution({ id: 'other' }))).toEqual(['rules/institutions/test-entity.json: id: "other" must equal the file name']);
    expect(write(institution({ name: '测试消费金融' }))).toEqual([
      'rules/institutions/test-entity.json: name: "测试消费金融" does not end in a legal form (有限公司, 股份有限公司, …银行)',
    ]);
  });

  it('rejects a name or former name that another entry already has', () => {
    const problems = write(institution({ id: 'zzz-test', name: '测试甲银行股份有限公司', formerNames: ['招商银行股份有限公司'] }), 'zzz-test.json');
    expect(problems).toEqual(['rules/institutions/zzz-test.json: formerNames.0: "招商银行股份有限公司" is already a name of "zhao-shang-yin-hang"']);
  });

  it('rejects a future date, a brand without its source, a platform that does not exist, and a farm as the only source', () => {
    const problems = write(
      institution({
        brands: [{ brand: '测试', source: 3 }, { brand: '测试二', platformId: 'no-such-rule', source: 0 }],
        sources: [{ url: 'https://www.dlllqs.com/x.html', title: 't', kind: 'other', supports: 's', checked: '2027-01-01' }],
      }),
    );
    expect(problems).toEqual([
      'rules/institutions/test-entity.json: brands.0.source: no source number 3',
      'rules/institutions/test-entity.json: sources.0.checked: 2027-01-01 is in the future',
      'rules/institutions/test-entity.json: sources: a content farm cannot be an entry\'s only source',
      'rules/institutions/test-entity.json: brands.1.platformId: no platform rule "no-such-rule"',
    ]);
  });

  it('reports the schema problems of an entry with the file and the field', () => {
    const problems = write(institution({ kind: 'pawnshop', sources: [] }));
    expect(problems.some((p) => p.startsWith('rules/institutions/test-entity.json: kind:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('rules/institutions/test-entity.json: sources:'))).toBe(true);
  });
});

