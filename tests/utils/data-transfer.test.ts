/** Export and import: round trips, merge and replace, and every kind of bad file refused. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyImport,
  exportJson,
  exportMarkdown,
  MAX_IMPORT_BYTES,
  parseImport,
  summarizeImport,
  type UserData,
} from '../../utils/data-transfer';
import { DEFAULT_SETTINGS, newPlatformProgress, type PlatformProgress } from '../../utils/user-data';
import { platformRules } from '../../rules/bundled-rules';

const NOW = new Date('2026-11-30T08:00:00.000Z');

function progress(overrides: Partial<PlatformProgress> = {}): PlatformProgress {
  return { ...newPlatformProgress(NOW), ...overrides };
}

const sample: UserData = {
  settings: { ...DEFAULT_SETTINGS, mutedSites: ['www.example.com'] },
  progress: {
    fenqile: progress({
      status: 'refused',
      checklist: { 'contact-service': { at: '2026-11-20T10:00:00.000Z' } },
      evidence: [{ id: 'e1', date: '2026-11-20', channel: 'phone', ticket: 'T-1', note: '客服说有未结清借款' }],
    }),
  },
  siteUi: { 'www.fenqile.com': { collapsed: true } },
  customPlatforms: { 'custom-k3x9': { name: '某某花', createdAt: '2026-11-21T09:00:00.000Z' } },
};

describe('exportJson / parseImport', () => {
  it('round-trips', () => {
    const result = parseImport(exportJson(sample, NOW));
    expect(result).toEqual({ ok: true, data: sample });
  });

  it.each([
    ['not JSON', '{ "format": ', 'not-json'],
    ['another file', JSON.stringify({ hello: 'world' }), 'not-an-export'],
    ['an array', '[1,2,3]', 'not-an-export'],
    ['a future version', JSON.stringify({ format: 'credit-auth-helper-export', version: 2 }), 'future-version'],
    ['__proto__ key', '{"format":"credit-auth-helper-export","version":1,"__proto__":{"polluted":true}}', 'forbidden-key'],
    ['nested constructor key', exportJson(sample, NOW).replace('"fenqile"', '"constructor"'), 'forbidden-key'],
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'too-deep'],
    ['wrong shape', exportJson(sample, NOW).replace('"refused"', '"maybe"'), 'invalid'],
  ])('refuses %s', (_name, text, code) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const result = parseImport(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-large');
  });

  it('never throws on arbitrary text or JSON (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const result = parseImport(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('accepts only what round-trips (property over mutated exports)', () => {
    const base = exportJson(sample, NOW);
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const result = parseImport(base.slice(0, at) + insert + base.slice(at + 1));
        if (result.ok) expect(parseImport(exportJson(result.data, NOW))).toEqual(result);
      }),
    );
  });
});

describe('applyImport', () => {
  const current: UserData = {
    settings: { ...DEFAULT_SETTINGS, locale: 'en', mutedSites: ['a.example.com'] },
    progress: {
      fenqile: progress({
        status: 'in-progress',
        updatedAt: '2026-11-01T00:00:00.000Z',
        checklist: { 'confirm-type': { at: '2026-11-01T00:00:00.000Z' } },
        evidence: [{ id: 'e0', date: '2026-11-01', channel: 'in-app-chat', ticket: '', note: '首次联系' }],
      }),
      mucfc: progress(),
    },
    siteUi: { 'www.fenqile.com': { collapsed: false } },
    customPlatforms: { 'custom-k3x9': { name: '某某花借款', createdAt: '2026-11-21T09:00:00.000Z' }, 'custom-a1': { name: '甲', createdAt: '2026-11-02T00:00:00.000Z' } },
  };

  it('merge keeps everything the user has and adds the file’s records', () => {
    const merged = applyImport(current, sample, 'merge');
    expect(Object.keys(merged.progress).sort()).toEqual(['fenqile', 'mucfc']);
    const fenqile = merged.progress.fenqile!;
    expect(fenqile.evidence.map((entry) => entry.id)).toEqual(['e0', 'e1']);
    expect(Object.keys(fenqile.checklist).sort()).toEqual(['confirm-type', 'contact-service']);
    expect(fenqile.status).toBe('refused'); // the file's record is newer
    expect(merged.settings.locale).toBe('en');
    expect(merged.settings.mutedSites).toEqual(['a.example.com', 'www.example.com']);
    expect(merged.siteUi['www.fenqile.com']).toEqual({ collapsed: false });
    expect(merged.customPlatforms).toEqual(current.customPlatforms);
    expect(applyImport({ ...current, customPlatforms: {} }, sample, 'merge').customPlatforms).toEqual(sample.customPlatforms);
  });

  it('replace takes the file as it is', () => {
    expect(applyImport(current, sample, 'replace')).toEqual(sample);
  });

  it('summarizes what an import brings', () => {
    expect(summarizeImport(current, sample)).toEqual({ platforms: 1, newPlatforms: 0, evidence: 1 });
  });
});

describe('custom platforms in exports', () => {
  it('an export made before custom platforms existed still imports, with none', () => {
    const old = JSON.parse(exportJson(sample, NOW)) as Record<string, unknown>;
    delete old.customPlatforms;
    const result = parseImport(JSON.stringify(old));
    expect(result.ok && result.data.customPlatforms).toEqual({});
  });

  it.each([
    ['a rule-like id', { fenqile: { name: 'x', createdAt: '2026-11-21T09:00:00.000Z' } }],
    ['an empty name', { 'custom-a': { name: '  ', createdAt: '2026-11-21T09:00:00.000Z' } }],
    ['a long name', { 'custom-a': { name: '名'.repeat(41), createdAt: '2026-11-21T09:00:00.000Z' } }],
    ['an extra field', { 'custom-a': { name: 'x', createdAt: '2026-11-21T09:00:00.000Z', url: 'https://x' } }],
  ])('refuses %s', (_label, customPlatforms) => {
    const file = { ...JSON.parse(exportJson(sample, NOW)), customPlatforms };
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid');
  });

  it('the Markdown report names a custom platform by the name the user gave it', () => {
    const report = exportMarkdown({ 'custom-k3x9': progress({ status: 'in-progress' }) }, platformRules, (id) => id, NOW, sample.customPlatforms);
    expect(report).toContain('## 某某花');
    expect(report).toContain('自行添加的平台');
  });
});

describe('exportMarkdown', () => {
  it('lists each platform with its entities, status, dated steps and evidence, escaping user text', () => {
    const withMarkup = {
      fenqile: progress({
        ...sample.progress.fenqile,
        evidence: [{ id: 'e1', date: '2026-11-20', channel: 'phone' as const, ticket: 'T|1', note: '<script>x</script>\n第二行' }],
      }),
    };
    const report = exportMarkdown(withMarkup, platformRules, (id) => `label:${id}`, NOW);
    expect(report).toContain('## 分期乐');
    expect(report).toContain('深圳市分期乐网络科技有限公司');
    expect(report).toContain('- 状态：被拒绝');
    expect(report).toContain('2026-11-20 label:contact-service');
    expect(report).toContain('| 2026-11-20 | 电话 | T\\|1 | \\<script\\>x\\</script\\> 第二行 |');
  });
});
