/** Fact states and the computed confidence of a rule follow the kinds of its sources. */
import { describe, expect, it } from 'vitest';
import { CONTENT_FARM_DOMAINS, isContentFarm } from '../../rules/content-farms';
import { ruleConfidence, ruleFacts, sourceState } from '../../rules/rule-confidence';
import type { PlatformRule } from '../../rules/schema';
import type { SourceKind } from '../../rules/source-schema';

const OWN = 'https://lender.example.cn/privacy.html';
const NEWS = 'https://news.example.com/a.html';
const FARM = 'https://www.dlllqs.com/lcbj/1.html';

function source(url: string, kind: SourceKind) {
  return { url, title: 't', kind, supports: 's', checked: '2026-11-30' };
}

function rule(overrides: Partial<PlatformRule> = {}): PlatformRule {
  return {
    formatVersion: 2,
    id: 'x',
    brand: 'X',
    aliases: [],
    formerNames: [],
    legalEntities: [{ name: '某某消费金融股份有限公司', role: 'lender', source: OWN }],
    hosts: [],
    hostPurposes: {},
    lenderKind: 'consumer-finance-company',
    fundersQuery: false,
    typicalAuthorization: 'unknown',
    selfService: { status: 'unknown' },
    customerService: [],
    blockers: [],
    caveats: [],
    provenance: { checked: '2026-11-30', sources: [source(OWN, 'own-document'), source(NEWS, 'news'), source(FARM, 'other')] },
    ...overrides,
  };
}

describe('sourceState', () => {
  it('is primary for the lender’s own document or a regulator, secondary for other kinds', () => {
    expect(sourceState(rule(), OWN)).toBe('primary');
    const regulator = rule({ provenance: { checked: '2026-11-30', sources: [source(NEWS, 'regulator')] } });
    expect(sourceState(regulator, NEWS)).toBe('primary');
    expect(sourceState(rule(), NEWS)).toBe('secondary');
  });

  it('is unconfirmed without a source, with a source the rule does not list, and for a content farm', () => {
    expect(sourceState(rule(), undefined)).toBe('unconfirmed');
    expect(sourceState(rule(), 'https://unlisted.example.com/')).toBe('unconfirmed');
    expect(sourceState(rule(), FARM)).toBe('unconfirmed');
    // Even when mislabelled as the lender's own page, a farm confirms nothing.
    const mislabelled = rule({ provenance: { checked: '2026-11-30', sources: [source(FARM, 'own-document')] } });
    expect(sourceState(mislabelled, FARM)).toBe('unconfirmed');
  });
});

describe('ruleConfidence', () => {
  it('is high when every fact shown rests on a primary source', () => {
    const r = rule({ customerService: [{ kind: 'phone', number: '95555', source: OWN }] });
    expect(ruleFacts(r).map((fact) => fact.state)).toEqual(['primary', 'primary']);
    expect(ruleConfidence(r)).toBe('high');
  });

  it('is medium, not high, for a rule that only names its lender, however good the source', () => {
    const r = rule();
    expect(ruleFacts(r).map((fact) => fact.state)).toEqual(['primary']);
    expect(ruleConfidence(r)).toBe('medium');
  });

  it('drops to medium when one fact is only secondary or unconfirmed, the entities being sourced', () => {
    expect(ruleConfidence(rule({ customerService: [{ kind: 'phone', number: '95555', source: NEWS }] }))).toBe('medium');
    expect(ruleConfidence(rule({ customerService: [{ kind: 'in-app', entry: '我的 → 客服', confirmed: false }] }))).toBe('medium');
  });

  it('an unconfirmed path stays unconfirmed even when a primary source is named', () => {
    const r = rule({
      selfService: { status: 'known', surface: 'app', steps: [{ label: '我的', synonyms: [] }], confirmed: false, source: OWN },
    });
    expect(ruleFacts(r).find((fact) => fact.kind === 'self-service')!.state).toBe('unconfirmed');
    expect(ruleConfidence(r)).toBe('medium');
  });

  it('is low when no company is known, whatever else the rule shows', () => {
    expect(ruleConfidence(rule({ legalEntities: [], customerService: [{ kind: 'phone', number: '95555', source: OWN }] }))).toBe('low');
  });

  it('is low when an entity has no usable source, or only a secondary one', () => {
    expect(ruleConfidence(rule({ legalEntities: [{ name: '某某小额贷款有限公司', role: 'lender', source: FARM }] }))).toBe('low');
    expect(ruleConfidence(rule({ legalEntities: [{ name: '某某小额贷款有限公司', role: 'lender', source: NEWS }] }))).toBe('low');
    expect(ruleConfidence(rule({ legalEntities: [{ name: '某某小额贷款有限公司', role: 'lender' }] }))).toBe('low');
  });
});

describe('content farms', () => {
  it('match on label boundaries, not substrings', () => {
    expect(isContentFarm('https://www.dlllqs.com/x')).toBe(true);
    expect(isContentFarm('http://dlllqs.com/x')).toBe(true);
    expect(isContentFarm('https://notdlllqs.com/x')).toBe(false);
    expect(isContentFarm('https://dlllqs.com.example.org/x')).toBe(false);
    expect(isContentFarm('not a url')).toBe(false);
  });

  it('the list is sorted, lower-case and without duplicates', () => {
    expect([...CONTENT_FARM_DOMAINS].sort()).toEqual(CONTENT_FARM_DOMAINS);
    expect(new Set(CONTENT_FARM_DOMAINS).size).toBe(CONTENT_FARM_DOMAINS.length);
    for (const domain of CONTENT_FARM_DOMAINS) expect(domain).toMatch(/^[a-z0-9.-]+$/);
  });
});
