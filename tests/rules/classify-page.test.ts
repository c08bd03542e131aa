/**
 * Page classification: precedence, brand claims on look-alike hosts, lures and their
 * negations, and properties (never throws, deterministic, page text handled as text).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { platformRules } from '../../rules/bundled-rules';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { decodePunycodeLabel, editDistance } from '../../rules/lookalike';
import { emptySample, extractPageSample, type PageSample } from '../../rules/page-sample';

const index = buildClassifierIndex(platformRules);

function sample(partial: Partial<PageSample>): PageSample {
  return { ...emptySample(), ...partial };
}

const lendingPage = sample({
  title: '借款',
  actions: ['立即借款'],
  checkboxLabels: ['我已阅读并同意《个人征信查询授权书》'],
  formTexts: ['借款金额', '借款期限'],
  bodyText: '年化利率7.2%起 放款机构：某某银行',
});

describe('classifyPage', () => {
  it('recognizes an ordinary lending page of an unknown platform', () => {
    expect(classifyPage(lendingPage, 'www.example-loan.cn', index).kind).toBe('lending');
  });

  it('a known host is a platform, whatever the page says', () => {
    const result = classifyPage(sample({ title: '帮助中心' }), 'm.fenqile.com', index);
    expect(result).toMatchObject({ kind: 'platform', platformId: 'fenqile' });
  });

  it('takes the platform from the caller when given', () => {
    expect(classifyPage(sample({}), 'anything.example', index, 'mucfc')).toMatchObject({ kind: 'platform', platformId: 'mucfc' });
  });

  it.each([
    ['fenqile.com.evil.cn', 'fenqile'],
    ['fenqile.com.cn', 'fenqile'],
    ['www.fenqi1e.com', 'fenqile'],
    ['www.fneqile.com', 'fenqile'],
    ['fenqile-app.cn', 'fenqile'],
    ['myfenqile.top', 'fenqile'],
    ['xn--fnqile-3of.com', 'fenqile'],
  ])('%s claiming 分期乐 is a look-alike of %s, with its real hosts', (host, id) => {
    const result = classifyPage(sample({ ...lendingPage, title: '分期乐 - 借款' }), host, index);
    expect(result).toMatchObject({ kind: 'lookalike', platformId: id, officialHosts: ['fenqile.com'] });
  });

  it('a look-alike host without a brand claim is not a look-alike', () => {
    expect(classifyPage(lendingPage, 'fenqi1e.com', index).kind).toBe('lending');
  });

  it('the shop next to a platform (same registrable domain) is neither platform nor look-alike', () => {
    const shop = sample({ title: '手机 - 京东', headings: ['京东金融 白条分期'], actions: ['加入购物车', '立即购买'], bodyText: '商品详情 规格参数 已售' });
    expect(classifyPage(shop, 'item.jd.com', index).kind).toBeNull();
  });

  it('partner logos of known brands on a lending page do not make it a look-alike', () => {
    const page = sample({ ...lendingPage, logoTexts: ['安心借', '微众银行'], headings: ['合作机构：微众银行'] });
    expect(classifyPage(page, 'www.anxinjie.net', index).kind).toBe('lending');
  });

  it('precedence: look-alike over predatory, predatory over lending', () => {
    const lure = { ...lendingPage, headings: ['不看征信 黑户可借'] };
    expect(classifyPage(sample({ ...lure, title: '有钱花' }), 'duxiaoman-vip.com', index)).toMatchObject({ kind: 'lookalike', platformId: 'duxiaoman' });
    const predatory = classifyPage(sample(lure), 'kuaidai.example', index);
    expect(predatory.kind).toBe('predatory');
    expect(predatory.lures.map((l) => l.id)).toEqual(['no-credit-check']);
    expect(predatory.lures[0]!.explanation.length).toBeGreaterThan(20);
    expect(predatory.lures[0]!.report.length).toBeGreaterThan(0);
  });

  it.each([
    '我们不会在放款前收取任何费用',
    '警惕不看征信的贷款广告',
    '“黑户可借”是骗局',
    '凡是声称只需身份证就能借的都要小心',
  ])('a warning or denial is not a lure: %s', (text) => {
    const result = classifyPage(sample({ ...lendingPage, bodyText: `${lendingPage.bodyText} ${text}` }), 'loan.example.cn', index);
    expect(result.kind).toBe('lending');
  });

  it.each(['pbccrc.org.cn', 'ipcrs.pbccrc.org.cn', 'www.pbc.gov.cn'])('%s gets nothing', (host) => {
    expect(classifyPage(lendingPage, host, index).kind).toBeNull();
  });

  it('an article that quotes lures is not predatory', () => {
    const article = sample({
      title: '警惕黑口子',
      ogType: 'article',
      bodyText: '发布时间：2026-01-01 来源：某报 作者：某人 广告写着“不看征信”“秒下款” 责任编辑：某人',
      actions: ['立即申请'],
      structure: { articleElements: 1, forms: 0, inputs: 0 },
    });
    expect(classifyPage(article, 'news.example.com', index).kind).toBeNull();
  });

  it("a lender's own fraud warning is judged by what it offers, not what it warns against", () => {
    const warning = sample({
      ...lendingPage,
      bodyText: `${lendingPage.bodyText} | 近期有不法分子冒充我司，以不看征信、秒下款为噱头诱导借款人。骗子会要求先交保证金、解冻费，这些都是诈骗。`,
    });
    const result = classifyPage(warning, 'www.example-loan.cn', index);
    expect(result.kind).toBe('lending');
    expect(result.lures).toEqual([]);
  });

  it('a page that offers lures stays predatory, even with a warning line elsewhere', () => {
    const offer = sample({
      ...lendingPage,
      title: '不看征信 黑户秒下款',
      bodyText: `${lendingPage.bodyText} | 只需身份证，秒下款。| 温馨提示：谨防诈骗。`,
    });
    const result = classifyPage(offer, 'www.example-loan.cn', index);
    expect(result.kind).toBe('predatory');
    expect(result.lures.map((lure) => lure.id)).toEqual(expect.arrayContaining(['no-credit-check', 'id-card-only']));
  });
});

describe('host helpers', () => {
  it('decodes punycode labels', () => {
    expect(decodePunycodeLabel('xn--fnqile-3of')).toBe('fеnqile');
    expect(decodePunycodeLabel('xn--fiqs8s')).toBe('中国');
    expect(decodePunycodeLabel('xn--!!')).toBe('xn--!!');
    expect(decodePunycodeLabel('plain')).toBe('plain');
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('fneqile', 'fenqile', 1)).toBe(1);
    expect(editDistance('fenqile', 'fenqile', 1)).toBe(0);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object());

describe('classifyPage properties', () => {
  // Oracles, so a classifier replaced by a constant or by `throw` fails: a lending page stays one
  // whatever harmless noise its body carries, and a plain article stays nothing.
  const noise = fc.array(fc.constantFrom('天气', '公园', '图书馆', '周末', '音乐', '，', '。', ' ', '\n', 'abc', '123'), { maxLength: 60 }).map((parts) => parts.join(''));
  const lendingBase = sample({ title: '随心借 - 极速借款', headings: ['最高可借20万'], actions: ['立即借款'], bodyText: '年化利率7.2%起，最长可分12期还款。' });
  const plainBase = sample({ title: '城市生活指南', headings: ['周末去哪儿'], actions: ['阅读全文'], bodyText: '公园与图书馆的开放时间。' });

  it('a lending page stays lending, and a plain page stays nothing, whatever harmless noise is added', () => {
    expect(classifyPage(lendingBase, 'www.suixinjie-example.com', index).kind).toBe('lending');
    expect(classifyPage(plainBase, 'www.city-guide-example.org', index).kind).toBeNull();
    fc.assert(
      fc.property(noise, noise, (before, after) => {
        const lending = { ...lendingBase, bodyText: `${before}${lendingBase.bodyText}${after}` };
        const plain = { ...plainBase, bodyText: `${before}${plainBase.bodyText}${after}` };
        expect(classifyPage(lending, 'www.suixinjie-example.com', index).kind).toBe('lending');
        expect(classifyPage(plain, 'www.city-guide-example.org', index).kind).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("a known platform's own host is that platform, whatever its page says", () => {
    fc.assert(
      fc.property(fc.constantFrom(...platformRules.filter((rule) => rule.hosts.length > 0)), noise, (rule, text) => {
        const result = classifyPage({ ...plainBase, bodyText: text }, `www.${rule.hosts[0]}`, index);
        expect(result.kind === 'platform' || result.kind === 'lookalike').toBe(true);
        if (result.kind === 'platform') expect(result.platformId).toBe(rule.id);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws and is deterministic on random samples and hosts', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ unit: 'grapheme', maxLength: 80 }),
          headings: fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 5 }),
          actions: fc.array(fc.constantFrom('立即借款', '立即申请', '加入购物车', '借钱', ''), { maxLength: 4 }),
          bodyText: fc.string({ unit: 'grapheme', maxLength: 400 }),
          logoTexts: fc.array(fc.constantFrom('分期乐', '微众银行', 'logo', ''), { maxLength: 3 }),
        }),
        fc.oneof(fc.string(), fc.domain()),
        (partial, host) => {
          const s = sample(partial);
          const first = classifyPage(s, host, index);
          expect(classifyPage(s, host, index)).toEqual(first);
        },
      ),
    );
  });

  it('never throws on malformed samples', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('title', 'headings', 'actions', 'bodyText', 'structure', 'ogType'), anyValue), anyValue, (raw, host) => {
        const result = classifyPage(raw as unknown as PageSample, host as string, index);
        expect(['lookalike', 'platform', 'predatory', 'lending', null]).toContain(result.kind);
      }),
    );
  });

  it('never throws on random DOM, and reads page text as text', () => {
    const tags = ['div', 'p', 'a', 'button', 'h1', 'h2', 'label', 'input', 'img', 'script', 'article', 'span', 'select', 'option'];
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: 'grapheme', maxLength: 30 }).map((t) => t.replace(/[<>&]/g, '')),
        fc
          .tuple(fc.constantFrom(...tags), fc.constantFrom('', ' class="logo"', ' type="checkbox"', ' alt="分期乐"', ' id="x"'), fc.array(tie('node'), { maxLength: 4 }))
          .map(([tag, attr, children]) => `<${tag}${attr}>${children.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(node, fc.domain(), (html, host) => {
        const doc = new DOMParser().parseFromString(`<html><head><title>t</title></head><body>${html}</body></html>`, 'text/html');
        const s = extractPageSample(doc);
        expect(classifyPage(s, host, index)).toEqual(classifyPage(s, host, index));
      }),
      { numRuns: 200 },
    );
  });

  it('markup in page text stays text', () => {
    const doc = new DOMParser().parseFromString('<body><h1>&lt;img src=x onerror=alert(1)&gt;分期乐</h1><p>&lt;b&gt;不看征信&lt;/b&gt;</p></body>', 'text/html');
    const s = extractPageSample(doc);
    expect(s.headings[0]).toBe('<img src=x onerror=alert(1)>分期乐');
    expect(s.bodyText).toContain('<b>不看征信</b>');
  });
});
