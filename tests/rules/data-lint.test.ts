/**
 * Data lint of the bundled rules: the schema, ids and file names, hosts (unique, bare,
 * registrable per the Public Suffix List), canonical formatting, manifest coverage, and the ten
 * platforms DOMAIN.md names with their hosts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDomain, getPublicSuffix } from 'tldts';
import { LEGAL_FORM, loadRuleFiles } from '../../rules/load-rule-files';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { platformRules } from '../../rules/bundled-rules';
import { platformRuleSchema } from '../../rules/schema';
import { institutionSchema, type InstitutionKind } from '../../rules/institution-schema';
import { isContentFarm } from '../../rules/content-farms';
import { ruleFacts } from '../../rules/rule-confidence';

const RULES_DIR = join(process.cwd(), 'rules');
const { platforms, generic, institutions } = loadRuleFiles(RULES_DIR);
const files = readdirSync(join(RULES_DIR, 'platforms')).filter((name) => name.endsWith('.json'));
const institutionFiles = readdirSync(join(RULES_DIR, 'institutions')).filter((name) => name.endsWith('.json'));

/** DOMAIN.md §5: the ten platforms, exactly these ids and hosts. */
const DOMAIN_PLATFORMS: Record<string, string[]> = {
  fenqile: ['fenqile.com'],
  mucfc: ['mucfc.com'],
  msxf: ['msxf.com'],
  duxiaoman: ['duxiaoman.com'],
  qifu: ['360jie.com.cn'],
  yangqianguan: ['yangqianguan.com'],
  webank: ['webank.com'],
  ppdai: ['ppdai.com'],
  huanbei: ['huanbeiloan.com'],
  'jd-finance': ['jr.jd.com'],
};

/** Chrome's reading of a `*://*.host/*` pattern, enough to check coverage. */
function patternCovers(pattern: string, host: string): boolean {
  const match = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!match) return false;
  const [, wildcard, base] = match;
  return host === base || (wildcard !== undefined && host.endsWith(`.${base}`));
}

describe('rule files', () => {
  it('all parse, and the bundle holds exactly the files on disk', () => {
    expect(platforms).toHaveLength(files.length);
    expect(platformRules.map((rule) => rule.id)).toEqual(platforms.map((rule) => rule.id));
  });

  it('cover the ten platforms of DOMAIN.md with their hosts, and at least 50 more brands', () => {
    for (const [id, hosts] of Object.entries(DOMAIN_PLATFORMS)) {
      const rule = platforms.find((candidate) => candidate.id === id);
      expect(rule, id).toBeDefined();
      for (const host of hosts) expect(rule!.hosts, id).toContain(host);
    }
    expect(platforms.find((rule) => rule.id === 'jd-finance')!.hosts).toEqual(['jr.jd.com']);
    expect(platforms.length).toBeGreaterThanOrEqual(60);
  });

  it('ids are unique and equal to file names', () => {
    const ids = platforms.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.json`).sort()).toEqual([...files].sort());
  });

  it('hosts are unique across rules, bare, sorted and registrable', () => {
    const seen = new Map<string, string>();
    for (const rule of platforms) {
      expect([...rule.hosts].sort(), rule.id).toEqual(rule.hosts);
      for (const host of rule.hosts) {
        expect(seen.get(host), `${host} in ${rule.id}`).toBeUndefined();
        seen.set(host, rule.id);
        expect(host).not.toMatch(/[:/\s*]|^https?|\.$/);
        expect(getDomain(host), host).not.toBeNull();
        expect(getPublicSuffix(host), host).not.toBe(host);
      }
    }
  });

  it('no rule claims a whole shop or portal domain', () => {
    const forbidden = ['jd.com', 'taobao.com', 'tmall.com', 'alipay.com', 'baidu.com', 'qq.com', 'meituan.com', '360.cn'];
    for (const rule of platforms) for (const host of rule.hosts) expect(forbidden, rule.id).not.toContain(host);
  });

  it('files are in canonical form: schema key order, 2-space JSON, trailing newline', () => {
    const keyOrder = Object.keys(platformRuleSchema.shape);
    for (const name of files) {
      const text = readFileSync(join(RULES_DIR, 'platforms', name), 'utf8');
      const json = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(json), name).toEqual(keyOrder);
      expect(text, name).toBe(`${JSON.stringify(json, null, 2)}\n`);
    }
  });

  it('every host is covered by the generated content-script matches, and nothing broader is', () => {
    const patterns = contentScriptMatches(platforms);
    expect(patterns.join()).not.toMatch(/<all_urls>|\*:\/\/\*\/|\*:\/\/\*\.\*\//);
    for (const rule of platforms) {
      for (const host of rule.hosts) {
        expect(patterns.some((pattern) => patternCovers(pattern, host)), host).toBe(true);
        expect(patterns.some((pattern) => patternCovers(pattern, `m.${host}`)), host).toBe(true);
      }
    }
    expect(patterns.some((pattern) => patternCovers(pattern, 'item.jd.com'))).toBe(false);
    expect(patterns.some((pattern) => patternCovers(pattern, 'fenqile.com.evil.cn'))).toBe(false);
  });

  it('states no phone number outside a sourced phone channel', () => {
    const digits = /\d{5,}|\d{3,4}-\d{7,8}/;
    for (const rule of platforms) {
      const prose = [rule.brand, ...rule.aliases, ...rule.caveats, ...rule.blockers].join('\n');
      expect(prose, rule.id).not.toMatch(digits);
      for (const channel of rule.customerService) {
        if (channel.kind === 'phone') expect(channel.source, rule.id).toMatch(/^https?:\/\//);
        if (channel.kind === 'in-app' && !channel.confirmed) expect(channel.source, rule.id).toBeUndefined();
      }
    }
  });

  it('every fact names its source by a URL the rule lists, so its state can be computed', () => {
    for (const rule of platforms) {
      const listed = new Set(rule.provenance.sources.map((source) => source.url));
      for (const fact of ruleFacts(rule)) if (fact.source) expect(listed.has(fact.source), `${rule.id}: ${fact.label}`).toBe(true);
    }
  });

  it('a phone number or a confirmed path rests on the lender’s own document or a regulator, never a content farm', () => {
    for (const rule of platforms) {
      for (const fact of ruleFacts(rule)) {
        if (fact.source && (fact.kind !== 'entity')) expect(isContentFarm(fact.source), `${rule.id}: ${fact.label}`).toBe(false);
        if (fact.kind === 'phone') expect(fact.state, `${rule.id}: ${fact.label}`).toBe('primary');
      }
      if (rule.selfService.status === 'known' && rule.selfService.confirmed) {
        expect(ruleFacts(rule).find((fact) => fact.kind === 'self-service')!.state, rule.id).toBe('primary');
      }
      for (const channel of rule.customerService) {
        if (channel.kind === 'in-app' && channel.confirmed) expect(ruleFacts(rule).find((fact) => fact.label === channel.entry)!.state, rule.id).toBe('primary');
      }
    }
  });

  it('a content farm is only ever listed as a source of kind "other"', () => {
    for (const rule of [...platforms, { id: 'generic', provenance: generic.provenance }]) {
      for (const source of rule.provenance.sources) if (isContentFarm(source.url)) expect(source.kind, `${rule.id}: ${source.url}`).toBe('other');
    }
  });

  it('marks a self-service path unconfirmed unless a source backs it', () => {
    for (const rule of platforms) {
      if (rule.selfService.status === 'known' && rule.selfService.confirmed) {
        expect(rule.selfService.source, rule.id).toMatch(/^https?:\/\//);
      }
    }
  });

  it('every host states what borrowers do there, and none is an investor-relations or mail host', () => {
    for (const rule of platforms) {
      expect(Object.keys(rule.hostPurposes).sort(), rule.id).toEqual([...rule.hosts].sort());
      for (const host of rule.hosts) {
        expect(host, rule.id).not.toMatch(/^(ir|investor|investors|mail|email|webmail|exmail|smtp|mx)\./);
        expect(rule.hostPurposes[host], `${rule.id}: ${host}`).not.toMatch(/投资者关系|investor|邮箱|邮件|e-?mail/i);
      }
    }
  });

  it('every entity name ends in its legal form; former names are unique across rules', () => {
    const formerNames = platforms.flatMap((rule) => rule.formerNames);
    expect(new Set(formerNames).size).toBe(formerNames.length);
    for (const rule of platforms) for (const entity of rule.legalEntities) expect(entity.name, rule.id).toMatch(LEGAL_FORM);
  });

  it('no provenance date is in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const rule of [...platforms, { id: 'generic', provenance: generic.provenance }]) {
      if ('checked' in rule.provenance) expect(rule.provenance.checked <= today, rule.id).toBe(true);
      for (const source of rule.provenance.sources) expect(source.checked <= today, `${rule.id}: ${source.url}`).toBe(true);
    }
  });

  it('the generic guidance holds every caveat the product promises', () => {
    const caveatIds = generic.caveats.map((item) => item.id);
    expect(caveatIds).toEqual(
      expect.arrayContaining(['affects-applications', 'some-platforms-refuse', 'protect-information', 'no-paid-agents']),
    );
    expect(generic.blockers.map((item) => item.id)).toContain('outstanding-loan');
    expect(generic.whenRefused.map((item) => item.id)).toEqual(
      expect.arrayContaining(['settle-first', 'ask-for-funders', 'complain']),
    );
    expect(generic.whenRefused.find((item) => item.id === 'complain')!.text).toMatch(/12363[\s\S]*12378/);
    expect(generic.verify).toContain('贷后管理');
  });
});

/** What a name's wording says about its kind (DOMAIN.md §4), for the names that say it plainly. */
function kindByWording(name: string): InstitutionKind | null {
  if (/消费金融/.test(name)) return 'consumer-finance-company';
  if (/小额贷款/.test(name)) return 'microloan-company';
  if (/信托/.test(name)) return 'trust';
  if (/融资担保|担保/.test(name)) return 'guarantor';
  if (/保险/.test(name)) return 'insurer';
  if (/银行/.test(name)) return 'bank';
  return null;
}

describe('institution directory', () => {
  it('holds at least 150 legal entities, every licensed consumer finance company among them', () => {
    expect(institutions).toHaveLength(institutionFiles.length);
    expect(institutions.length).toBeGreaterThanOrEqual(150);
    const names = new Set(institutions.map((entry) => entry.name));
    // The 31 of the regulator's list, and the names DOMAIN.md and the issues cite.
    expect(institutions.filter((entry) => entry.kind === 'consumer-finance-company')).toHaveLength(31);
    for (const name of ['招联消费金融股份有限公司', '马上消费金融股份有限公司', '重庆蚂蚁消费金融有限公司', '重庆度小满小额贷款有限公司', '招商银行股份有限公司', '南昌市红谷滩新区博能小额贷款有限公司']) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('each entry is of the kind its name says, and every source is dated and not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const entry of institutions) {
      const byWording = kindByWording(entry.name);
      if (byWording) expect(entry.kind, entry.name).toBe(byWording);
      for (const source of entry.sources) expect(source.checked <= today, `${entry.id}: ${source.url}`).toBe(true);
    }
  });

  it('one source of truth: every lender or funder of a platform rule is a directory entry (by name or former name)', () => {
    const known = new Set(institutions.flatMap((entry) => [entry.name, ...entry.formerNames]));
    for (const rule of platforms) {
      for (const entity of rule.legalEntities) if (entity.role !== 'operator') expect(known.has(entity.name), `${rule.id}: ${entity.name}`).toBe(true);
    }
  });

  it('a brand linked to a platform rule is linked both ways: that rule names the entity', () => {
    for (const entry of institutions) {
      for (const brand of entry.brands) {
        if (!brand.platformId) continue;
        const rule = platforms.find((candidate) => candidate.id === brand.platformId)!;
        const names = rule.legalEntities.map((entity) => entity.name);
        expect([entry.name, ...entry.formerNames].some((name) => names.includes(name)), `${entry.id} → ${rule.id}`).toBe(true);
      }
    }
  });

  it('files are in canonical form: schema key order, 2-space JSON, trailing newline', () => {
    const keyOrder = Object.keys(institutionSchema.shape);
    for (const name of institutionFiles) {
      const text = readFileSync(join(RULES_DIR, 'institutions', name), 'utf8');
      const json = JSON.parse(text) as Record<string, unknown>;
      expect(Object.keys(json), name).toEqual(keyOrder);
      expect(text, name).toBe(`${JSON.stringify(json, null, 2)}\n`);
    }
  });
});

