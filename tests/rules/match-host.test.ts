import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHostIndex, matchHost, normalizeHost } from '../../rules/match-host';

const rules = [
  { id: 'fenqile', hosts: ['fenqile.com'] },
  { id: 'jd-finance', hosts: ['jr.jd.com'] },
  { id: 'qifu', hosts: ['360jie.com.cn'] },
  { id: 'idn', hosts: ['xn--fiqs8s.example'] },
];
const index = buildHostIndex(rules);
const idOf = (host: string) => matchHost(index, host)?.id ?? null;

describe('normalizeHost', () => {
  it.each([
    ['WWW.FenQiLe.COM', 'www.fenqile.com'],
    ['fenqile.com.', 'fenqile.com'],
    ['fenqile.com:8443', 'fenqile.com'],
    ['  m.fenqile.com ', 'm.fenqile.com'],
    ['中国.example', 'xn--fiqs8s.example'],
    ['ｆｅｎｑｉｌｅ。ｃｏｍ', 'fenqile.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each(['', '.', 'evil.cn/fenqile.com', 'evil.cn@fenqile.com', 'fenqile.com?x', 'a b.com', 'fenqile.com#', '[::1]'])(
    'rejects %j',
    (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );
});

describe('matchHost', () => {
  it.each([
    ['fenqile.com', 'fenqile'],
    ['www.fenqile.com', 'fenqile'],
    ['a.b.m.fenqile.com', 'fenqile'],
    ['FENQILE.COM.', 'fenqile'],
    ['www.fenqile.com:443', 'fenqile'],
    ['jr.jd.com', 'jd-finance'],
    ['m.jr.jd.com', 'jd-finance'],
    ['www.360jie.com.cn', 'qifu'],
    ['www.中国.example', 'idn'],
  ])('%s is %s', (host, id) => {
    expect(idOf(host)).toBe(id);
  });

  it.each([
    'item.jd.com',
    'jd.com',
    'fenqile.com.evil.cn',
    'notfenqile.com',
    'fenqile.co',
    'fenqile-com.cn',
    'xfenqile.com',
    'com',
    'cn',
    '360jie.com',
    'evil.cn@fenqile.com',
    'evil.cn/fenqile.com',
  ])('%s is no platform', (host) => {
    expect(idOf(host)).toBeNull();
  });

  it('prefers the most specific host', () => {
    const nested = buildHostIndex([
      { id: 'shop', hosts: ['jd.com'] },
      { id: 'finance', hosts: ['jr.jd.com'] },
    ]);
    expect(matchHost(nested, 'm.jr.jd.com')?.id).toBe('finance');
    expect(matchHost(nested, 'item.jd.com')?.id).toBe('shop');
  });

  it('keeps the first rule that claims a host', () => {
    const clash = buildHostIndex([
      { id: 'first', hosts: ['example.com'] },
      { id: 'second', hosts: ['example.com'] },
    ]);
    expect(matchHost(clash, 'example.com')?.id).toBe('first');
  });
});

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
// Real host names end in an alphabetic TLD (an all-digit last label would be an IPv4 address).
const hostArb = fc
  .tuple(fc.array(label, { minLength: 0, maxLength: 4 }), tld)
  .map(([labels, last]) => [...labels, last].join('.'));

describe('matchHost properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        expect(() => matchHost(index, input)).not.toThrow();
        expect(() => normalizeHost(input)).not.toThrow();
      }),
    );
  });

  it('matches a rule host only on a label boundary', () => {
    fc.assert(
      fc.property(hostArb, hostArb, (ruleHost, candidate) => {
        const hit = matchHost(buildHostIndex([{ id: 'r', hosts: [ruleHost] }]), candidate);
        const onBoundary = candidate === ruleHost || candidate.endsWith(`.${ruleHost}`);
        expect(hit !== null).toBe(onBoundary);
      }),
    );
  });

  it('any subdomain of a rule host matches; the host with a suffix appended does not', () => {
    fc.assert(
      fc.property(hostArb, label, hostArb, (ruleHost, sub, suffix) => {
        const single = buildHostIndex([{ id: 'r', hosts: [ruleHost] }]);
        expect(matchHost(single, `${sub}.${ruleHost}`)?.id).toBe('r');
        // A suffix that itself ends in the rule host (ab.x.ab) makes a subdomain after all: not this case.
        fc.pre(suffix !== ruleHost && !suffix.endsWith(`.${ruleHost}`));
        expect(matchHost(single, `${ruleHost}.${suffix}`)).toBeNull();
      }),
    );
  });

  it('is indifferent to case and a trailing dot', () => {
    fc.assert(
      fc.property(hostArb, (host) => {
        expect(normalizeHost(`${host.toUpperCase()}.`)).toBe(host);
      }),
    );
  });
});
