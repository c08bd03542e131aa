import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import searchIndex from 'virtual:platform-search-index';
import { searchPlatforms } from '../../rules/platform-search';
import { platformRules } from '../../rules/bundled-rules';

const first = (query: string) => searchPlatforms(searchIndex, query)[0];

describe('searchPlatforms over the bundled rules', () => {
  it('has an entry for every rule', () => {
    expect(searchIndex.map((entry) => entry.id)).toEqual(platformRules.map((rule) => rule.id));
  });

  it.each([
    ['fql', 'fenqile'],
    ['FQL', 'fenqile'],
    ['zl', 'mucfc'],
    ['招联', 'mucfc'],
    ['好期贷', 'mucfc'],
    ['zhaolian', 'mucfc'],
    ['360借条', 'qifu'],
    ['360', 'qifu'],
    ['安逸花', 'msxf'],
    ['微粒贷', 'webank'],
    ['wzyh', 'webank'],
    ['深圳前海微众银行', 'webank'],
    ['huanb', 'huanbei'],
    ['拍拍贷', 'ppdai'],
    ['jdjr', 'jd-finance'],
    ['yqg', 'yangqianguan'],
  ])('%s finds %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('hb, the initials of both 还呗 and 花呗, finds both first', () => {
    expect(searchPlatforms(searchIndex, 'hb').slice(0, 2).sort()).toEqual(['huabei', 'huanbei']);
  });

  it('finds nothing for nonsense, and everything for an empty query', () => {
    expect(searchPlatforms(searchIndex, 'qqqqzzzz')).toEqual([]);
    expect(searchPlatforms(searchIndex, '  ')).toHaveLength(platformRules.length);
  });

  it('never throws and returns only known ids (property)', () => {
    const ids = new Set(platformRules.map((rule) => rule.id));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (query) => {
        for (const id of searchPlatforms(searchIndex, query)) expect(ids.has(id)).toBe(true);
      }),
    );
  });
});
