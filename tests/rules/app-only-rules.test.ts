/**
 * App-only rules (`hosts: []`): they reach the popup directory and the request text, but no
 * content script, no manifest match and no look-alike verdict (there is no official host to
 * compare a page's host with).
 */
import { describe, expect, it } from 'vitest';
import { platformRules } from '../../rules/bundled-rules';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { emptySample, type PageSample } from '../../rules/page-sample';
import { searchPlatforms } from '../../rules/platform-search';
import { buildSearchIndex } from '../../rules/search-index-plugin';
import { composeRequestLetter } from '../../rules/request-letter';

const appOnly = platformRules.filter((rule) => rule.hosts.length === 0);
const withHosts = platformRules.filter((rule) => rule.hosts.length > 0);

function lendingSample(title: string): PageSample {
  return {
    ...emptySample(),
    title,
    siteName: title,
    actions: ['立即借款'],
    checkboxLabels: ['我已阅读并同意《个人征信查询授权书》'],
    formTexts: ['借款金额', '借款期限'],
    bodyText: '年化利率7.2%起 放款机构：某某银行',
  };
}

describe('app-only rules', () => {
  it('exist, and add no content-script match', () => {
    expect(appOnly.length).toBeGreaterThan(20);
    expect(contentScriptMatches(platformRules)).toEqual(contentScriptMatches(withHosts));
    expect(contentScriptMatches(appOnly)).toEqual([]);
  });

  it('are in the search index, so the popup directory finds them', () => {
    const index = buildSearchIndex(platformRules);
    for (const rule of appOnly) expect(searchPlatforms(index, rule.brand)[0], rule.brand).toBe(rule.id);
  });

  it('never make a page a look-alike: the brand\'s own site is simply not in the rules', () => {
    const index = buildClassifierIndex(platformRules);
    const meituan = classifyPage(lendingSample('美团'), 'www.meituan.com', index);
    expect(meituan.kind).toBe('lending');
    expect(classifyPage(lendingSample('花呗 - 借款'), 'www.some-loan.cn', index).kind).toBe('lending');
    // A brand with hosts still catches its imitators.
    expect(classifyPage(lendingSample('分期乐 - 借款'), 'fenqile.com.evil.cn', index).kind).toBe('lookalike');
  });

  it('get a request text addressed to their companies, or to the brand when none is known', () => {
    const today = new Date(2026, 11, 1);
    const meituan = appOnly.find((rule) => rule.id === 'meituan')!;
    expect(composeRequestLetter(meituan, today).split('\n')[0]).toBe('致重庆美团三快小额贷款有限公司：');
    const jiebei = appOnly.find((rule) => rule.id === 'jiebei')!;
    expect(composeRequestLetter(jiebei, today).split('\n')[0]).toBe('致借呗：');
    // A funder is asked about, not addressed: a rule's funders need not be this user's.
    const withFunder = { ...meituan, legalEntities: [...meituan.legalEntities, { name: '某某银行股份有限公司', role: 'funder' as const }] };
    expect(composeRequestLetter(withFunder, today).split('\n')[0]).toBe('致重庆美团三快小额贷款有限公司：');
  });
});
