/** The first stage's brand prefilter: every name is found, unrelated text almost never is. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brandMatcher, buildBrandFilter, MAX_NAME_CHARS } from '../../rules/brand-filter';
import { platformRules } from '../../rules/bundled-rules';

const names = platformRules.flatMap((rule) => [rule.brand, ...rule.aliases, ...rule.formerNames]).filter((name) => name.length >= 2);
const filter = buildBrandFilter(names);
const matcher = brandMatcher(filter);

describe('brand filter', () => {
  it('finds every brand name of the rules inside any text (no false negatives)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (name, before, after) => {
        expect(matcher.test(`${before}${name}${after}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('folds width and case the way the page text is folded', () => {
    const latin = buildBrandFilter(['WeBank']);
    expect(brandMatcher(latin).test('欢迎来到ｗｅｂａｎｋ官网')).toBe(true);
    expect(brandMatcher(latin).test('欢迎来到官网')).toBe(false);
  });

  it('files a long name under its start', () => {
    const long = 'x'.repeat(MAX_NAME_CHARS + 6);
    expect(brandMatcher(buildBrandFilter([long])).test(`…${long.slice(0, MAX_NAME_CHARS)}…`)).toBe(true);
  });

  it('has a fixed size whatever the number of names', () => {
    const many = buildBrandFilter(Array.from({ length: 2000 }, (_, i) => `品牌${i}号贷`));
    expect(many.bits.length).toBe(filter.bits.length);
  });

  it('rarely says "maybe" for text without a brand (false-positive rate of whole page openings)', () => {
    // 3,000-character openings made of common words that are no brand: under 1 in 100 pages may pass.
    const words = ['天气', '城市', '公园', '图书馆', '展览', '地铁', '学校', '社区', '市场', '音乐', '菜谱', '运动', '新闻', '旅游', '电影', '手机'];
    let hits = 0;
    const pages = 200;
    for (let p = 0; p < pages; p++) {
      let text = '';
      for (let i = 0; text.length < 3000; i++) text += words[(i * 7 + p * 13 + (i >> 3)) % words.length]!;
      if (matcher.test(text)) hits++;
    }
    expect(hits / pages).toBeLessThan(0.01);
  });

  it('fails when the filter is empty or the matcher ignores it', () => {
    expect(brandMatcher(buildBrandFilter([])).test(names[0]!)).toBe(false);
  });
});
