/**
 * The brands people use (issue 12): each one the issue names, and the aliases people type, finds
 * its rule first in the popup directory's search; the companies come from the directory.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFiles } from '../../rules/load-rule-files';
import { searchPlatforms } from '../../rules/platform-search';
import { buildSearchIndex } from '../../rules/search-index-plugin';

const { platforms, institutions } = loadRuleFiles(join(process.cwd(), 'rules'));
const index = buildSearchIndex(platforms);

describe('brands', () => {
  it('at least 60 brands, app-only ones included', () => {
    expect(platforms.length).toBeGreaterThanOrEqual(60);
    expect(platforms.filter((rule) => rule.hosts.length === 0).length).toBeGreaterThan(0);
  });

  it.each([
    ['借呗', 'jiebei'],
    ['花呗', 'huabei'],
    ['美团借钱', 'meituan'],
    ['抖音放心借', 'douyin-fangxinjie'],
    ['放心借', 'douyin-fangxinjie'],
    ['平安普惠', 'pingan-puhui'],
    ['小米', 'xiaomi-xiaofei'],
    ['携程', 'ctrip'],
    ['拿去花', 'ctrip'],
    ['滴滴', 'didi'],
    ['众安', 'zhongan'],
    ['招贷', 'cmb-zhaodai'],
    ['招商银行 招贷', 'cmb-zhaodai'],
    ['信用飞', 'xinyongfei'],
    ['易借', 'yijie'],
    ['京东白条', 'jd-finance'],
    ['你我贷', 'niwodai'],
    ['满易贷', 'duxiaoman'],
    ['安逸花', 'msxf'],
    ['有钱花', 'duxiaoman'],
    ['蚂蚁消金', 'mayi-xiaofei'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchPlatforms(index, query)[0]).toBe(id);
  });

  it('every licensed consumer finance company of the directory has a rule that names it as the lender', () => {
    const lenders = new Set(platforms.flatMap((rule) => rule.legalEntities.filter((entity) => entity.role === 'lender').map((entity) => entity.name)));
    for (const entry of institutions.filter((candidate) => candidate.kind === 'consumer-finance-company')) {
      expect(lenders.has(entry.name), entry.name).toBe(true);
    }
  });
});
