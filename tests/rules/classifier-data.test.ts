/**
 * Lint of the recognition data: page-signals.json and letter-clauses.json against their
 * schemas, report channels limited to DOMAIN.md's, and registrable-domains.json equal to what
 * the Public Suffix List (tldts, test-only) says for every rule host.
 */
import { describe, expect, it } from 'vitest';
import { getDomain } from 'tldts';
import { platformRules } from '../../rules/bundled-rules';
import { letterClausesSchema, pageSignalsSchema, registrableDomainsSchema } from '../../rules/classifier-schema';
import pageSignals from '../../rules/page-signals.json';
import letterClauses from '../../rules/letter-clauses.json';
import registrableDomains from '../../rules/registrable-domains.json';

describe('recognition data', () => {
  it('page-signals.json follows its schema', () => {
    const parsed = pageSignalsSchema.safeParse(pageSignals);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('letter-clauses.json follows its schema', () => {
    const parsed = letterClausesSchema.safeParse(letterClauses);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('every lure names where to report it, from the known channels only', () => {
    const signals = pageSignalsSchema.parse(pageSignals);
    const channels = new Set(signals.reportChannels.map((channel) => channel.id));
    for (const lure of signals.lures) for (const id of lure.report) expect(channels.has(id), `${lure.id}: ${id}`).toBe(true);
    const numbers = signals.reportChannels.flatMap((channel) => channel.text.match(/\d{3,}/g) ?? []);
    // 12363 and 12378 are in DOMAIN.md; 110 and 96110 only with a source on the channel.
    expect([...new Set(numbers)].sort()).toEqual(['110', '12363', '12378', '96110']);
    expect(signals.reportChannels.find((channel) => channel.id === 'police')?.source).toBeDefined();
  });

  it('registrable-domains.json is up to date with the rules (npm run rules:domains regenerates it)', () => {
    const expected = Object.fromEntries(
      platformRules
        .flatMap((rule) => rule.hosts)
        .sort()
        .map((host) => [host, getDomain(host)]),
    );
    expect(registrableDomainsSchema.parse(registrableDomains)).toEqual(expected);
  });
});
