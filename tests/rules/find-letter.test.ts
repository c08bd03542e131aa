/**
 * Finding the letter on real-shaped pages (tests/fixtures/letters/pages): every kind of title, a
 * hidden modal, <details>, a scroll box, a same-origin iframe, <pre>, <textarea>, a <br> block, no
 * heading, an application form, several agreements on one page, a title written one character per
 * table line; and pages that only mention or quote a letter (article, FAQ, forum post, checkbox
 * label), which get none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { letterFinderSchema } from '../../rules/classifier-schema';
import { platformRules } from '../../rules/bundled-rules';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { analyzeLetter, findAuthorizationLetter, isLetterText } from '../../rules/letter-analysis';
import { firstCharacters } from '../../rules/find-letter';
import { extractPageSample } from '../../rules/page-sample';
import letterFinder from '../../rules/letter-finder.json';

const DIR = join(process.cwd(), 'tests/fixtures/letters/pages');
interface PageCase {
  file: string;
  letter: 'one-time' | 'continuous' | 'unclear' | null;
  title?: string | null;
  inModal?: boolean;
  frames?: Record<string, string>;
}
const cases = (JSON.parse(readFileSync(join(DIR, 'pages.json'), 'utf8')) as { pages: PageCase[] }).pages;
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

async function load(entry: PageCase): Promise<Document> {
  if (!entry.frames) return new DOMParser().parseFromString(read(entry.file), 'text/html');
  // happy-dom loads no iframe URL; the same-origin frame's page goes in as srcdoc instead.
  let html = read(entry.file);
  for (const [src, file] of Object.entries(entry.frames)) html = html.replace(`src="${src}"`, `srcdoc="${read(file).replace(/"/g, '&quot;')}"`);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return document;
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('findAuthorizationLetter on real-shaped pages', () => {
  it('letter-finder.json follows its schema', () => {
    const parsed = letterFinderSchema.safeParse(letterFinder);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(cases.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const found = findAuthorizationLetter(await load(entry));
    if (entry.letter === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    if (entry.title !== undefined) expect(found!.title).toBe(entry.title);
    if (entry.inModal !== undefined) expect(found!.inModal).toBe(entry.inModal);
    expect(analyzeLetter(found!.text).verdict).toBe(entry.letter);
  });

  it('picks the credit letter among several agreements', () => {
    const found = findAuthorizationLetter(new DOMParser().parseFromString(read('several-agreements.html'), 'text/html'));
    expect(found!.text).toContain('信用报告');
    expect(found!.text).not.toContain('扣收');
  });

  it('reads no cross-origin frame and survives a hostile DOM', () => {
    const doc = new DOMParser().parseFromString('<body><iframe src="https://other.example/x"></iframe></body>', 'text/html');
    expect(findAuthorizationLetter(doc)).toBeNull();
    const hostile = { getElementsByTagName: () => { throw new Error('boom'); } } as unknown as Document;
    expect(findAuthorizationLetter(hostile)).toBeNull();
  });
});

/**
 * Wording classes of real letters the finder must take for a letter (learned from the fresh2 set,
 * written here in our own short sentences), each beside a close page that must get none: an FAQ
 * answer, an article quoting a contract, a non-credit 授权委托书, a service menu, a lure page.
 */
describe('findAuthorizationLetter: wording classes of real letters', () => {
  const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><head><title>协议</title></head><body>${html}</body></html>`, 'text/html');
  const verdictOn = (html: string) => {
    const found = findAuthorizationLetter(parse(html));
    return found ? analyzeLetter(found.text).verdict : null;
  };

  it.each([
    ['a contract party (乙方) and 了解', '<div class="contract"><p>第三条 乙方同意甲方在审批信用卡申请和此后管理风险的过程中，通过依法设立的征信机构了解乙方的信用记录。</p></div>', 'continuous'],
    ['a contract party (甲方) and 查看', '<div class="contract"><p>甲方同意并授权乙方到个人信用信息基础数据库查看甲方的信用报告。</p><p>本协议自签署之日起生效。</p></div>', 'unclear'],
    ['立授权人 and 获取', '<div><p>立授权人同意贵司通过征信机构获取立授权人的信用信息，用于审核借款申请及贷后管理。</p></div>', 'continuous'],
    ['委托 as authorization, under a bare 授权委托书 title', '<div class="modal"><h3>授权委托书</h3><p>本人委托贵行代为办理下列事项：</p><p>1. 向有关机构查询本人的信用信息；</p><p>委托期限：从签署之日起，到贷款结清时止。</p></div>', 'continuous'],
    ['a ； between the subject and its query clause', '<table><tr><td>本人同意贷款人向有权机构报送本人的信用信息；同时授权贷款人向任何可能的来源查询本人的个人信用信息，查询结果用于贷款审查和贷款管理。</td></tr></table>', 'continuous'],
    ['a line break between the subject and its query clause', '<div><p>本人同意并确认：<br>授权贵公司查询本人的信用报告，仅用于本次借款申请的审核。</p></div>', 'one-time'],
    ['the credit database as the object of 查询', '<div><p>第六条 银行可为下列目的使用客户资料：为审核贷款申请和管理已发放的贷款，向中国人民银行个人信用信息基础数据库查询并提供客户资料。</p></div>', 'continuous'],
    ['consent to handle "these" data, credit information named just before', '<div><p>平台会采集您的个人信息，其中的征信信息属于敏感信息。请确认您已同意授权我司采集、使用上述信息。</p></div>', 'unclear'],
    ['a credit query in a service list, authorized in the 授权条款', '<div><h2>数据服务协议</h2><p>第一条 服务种类包括：社保查询、征信查询（经服务机构获取您的个人征信情况）。</p><p>第二条 授权条款：您授权本公司经服务机构调取您在其他机构留存的信息，本协议可多次使用。</p></div>', 'continuous'],
    ['a 个人信息使用授权书 title over a credit body', '<section><h1>个人信息使用授权书</h1><p>您授权本公司在贷前审核和贷后管理期间经征信中心调阅您的信贷记录。</p></section>', 'continuous'],
    ['a 特别声明 title inside an application form', '<table><tr><th>特别声明</th></tr><tr><td>本人同意贵司查询本人的信用报告，仅用于本次借款申请的审核。</td></tr></table>', 'one-time'],
    ['允许 and 信用情况', '<div><p>本人允许贵司通过合作机构核验本人的信用情况，用于贷款审批和贷后管理。</p></div>', 'continuous'],
    ['a 用户授权协议 title over a credit body', '<section><h1>用户授权协议</h1><p>您同意本平台向征信机构查询您的信用报告，授权期限至借款结清之日止。</p></section>', 'continuous'],
    ['兹授权 with the party after the verb', '<div><p>兹授权贵行查询本人的个人信用报告，用于审核本人的贷款申请及贷后管理。</p></div>', 'continuous'],
    ['使用 of a credit report', '<div><p>本人同意贵行使用本人的信用报告审核贷款申请，并用于贷后管理。</p></div>', 'continuous'],
    ['items after a consent lead-in, one row each', '<table><tr><td>1. 本人同意并授权贵行：</td></tr><tr><td>（1）向征信机构查询本人的信用报告；</td></tr><tr><td>（2）将查询结果用于贷款审批和贷后管理。</td></tr></table>', 'continuous'],
    ['items after a consent lead-in, past a number cell', '<table><tr><td>1</td><td>本人同意并授权贵行：</td></tr><tr><td>2</td><td>向征信机构查询本人的信用报告，用于贷款审批和贷后管理。</td></tr></table>', 'continuous'],
    ['我 as the party', '<div><p>我同意并授权贵公司向征信机构查询我的信用报告，授权期限至借款结清之日止。</p></div>', 'continuous'],
    ['repayment records, in a letter that calls itself an authorization', '<div><p>一、本人同意并授权：各商业银行可将本人的住房贷款还款记录提供给贵中心。</p><p>二、贵中心可向上述机构查询上述信息，用于审核本人的贷款申请。</p><p>本授权书至本人的业务办理完毕为止。</p></div>', 'continuous'],
    ['a heading that ends in a credit title', '<section><h1>借款服务及征信查询授权书</h1><p>本人授权贵公司查询本人的信用报告，仅用于本次借款申请的审核。</p></section>', 'one-time'],
    ['the credit object before the verb', '<div><p>本人授权贵公司就本人的个人信用信息向任何可能的来源进行查询，查询结果用于贷款审查及贷后管理。</p></div>', 'continuous'],
    ['the consent closing the sentence', '<div><p>对于乙方的信用状况，甲方可以到信用信息管理机构查询，乙方对此表示同意。</p></div>', 'unclear'],
    ['a consent to report to a bureau', '<div><p>本人授权担保公司将本人的履约情况报送至金融信用信息基础数据库。</p></div>', 'unclear'],
    ['an item after a consent lead-in, past earlier items', '<div><p>1. 您同意并授权：</p><p>（1）平台向资金方提供您的注册信息；</p><p>（2）资金方可对您的信用报告进行查询，用于审批和贷后管理。</p></div>', 'continuous'],
    ['an item after a lead-in that lets the bank use data for listed purposes', '<div><p>只要法律允许，银行还可以为下列目的使用和保存客户资料：</p><p>1. 核对客户资料；</p><p>2. 查询客户在征信中心的信用报告，用于审核贷款申请和贷后管理。</p></div>', 'continuous'],
    ['the authorized party (被授权人) as the subject', '<div><p>被授权人可以向征信机构查询授权人的信用报告，用于审核贷款申请。</p><p>本授权有效期为三十日。</p></div>', 'one-time'],
  ])('finds %s', (_class, html, verdict) => {
    expect(verdictOn(html)).toBe(verdict);
  });

  it.each([
    ['an FAQ answer in the new wording', '<div class="faq"><h3>借款会查征信吗？</h3><p>会的。您同意授权后，我们会通过征信机构查看您的信用报告，用于审核和贷款管理。</p></div>'],
    ['an answer after a question, with a contract party', '<h3>乙方可以查看我的征信吗？</h3><p>经您同意和授权，乙方可以到征信中心查看您的信用报告，用于贷款管理。</p>'],
    ['a 授权委托书 that is not about credit reports', '<div class="modal"><h3>授权委托书</h3><p>本人委托贵公司在每期还款日从本人的银行卡扣收当期应还款项，至借款全部还清时止。</p></div>'],
    ['a 特别声明 that is not about credit reports', '<div><h3>特别声明</h3><p>本站展示的利率仅供参考，您同意后我们会使用您的手机号发送通知。</p></div>'],
    ['a 个人信息使用授权书 without credit words', '<section><h1>个人信息使用授权书</h1><p>您同意本公司使用您的手机号和设备信息完成注册和登录。</p></section>'],
    ['a 用户授权协议 about a phone number', '<section><h1>用户授权协议</h1><p>您同意本平台使用您的手机号发送验证码和通知。</p></section>'],
    ['items after a consent lead-in that only report to the bureau', '<ul><li>本人同意并授权贵司：</li><li>从本人绑定的银行卡扣收应还款项；</li><li>将本人的逾期信息报送征信系统。</li></ul>'],
    ['a heading with a colon that is not a consent', '<div><p>常见问题：</p><p>查询征信报告会不会影响我以后在银行办理房贷的审批？</p></div>'],
    ['the platform speaking (我们), not the borrower', '<div class="product"><p>我们同意为用户免费查询征信报告的解读服务，每月一次，欢迎体验。</p></div>'],
    ['a bank that may query, in an explainer', '<div class="faq"><p>银行可以查询您的征信报告吗？可以，但需要您的书面授权。</p></div>'],
    ['a service menu that names 征信查询 without authorizing anything', '<div><h2>会员权益</h2><p>会员可享受以下服务：社保查询、征信查询指南、公积金提取指南和贷款管理咨询。</p></div>'],
    ['a product page that will use credit information', '<div class="product"><p>用户授权后，平台将使用您的信用信息为您匹配合适的借款产品，最快三分钟到账。</p></div>'],
    ['a help text where the platform consents (我们同意) and a query verb sits far from credit words', '<div class="help"><p>很多用户关心征信查询的问题：平台会在您申请借款时查看信用报告，我们同意为您解读信用记录，还款记录良好的用户额度更高，授权书的内容请在借款页查看。</p></div>'],
    ['a party named far from the consent', '<div><p>本人的信用记录一直良好，平台的客服在电话里说明了很多事项，这份材料也已经全部读过并且同意，工作人员随后会在系统中查看。</p></div>'],
    ['a sentence that names a 征信查询授权书 (a noun, not a consent)', '<div><p>借款人通常要填写借款金额和期限，并签署征信查询授权书。</p></div>'],
    ['an item whose list does not follow a lead-in', '<div><p>本平台的服务如下：</p><p>1. 展示借款产品；</p><p>2. 资金方可对用户的信用报告进行查询。</p></div>'],
    ['a heading that ends in a credit title over an unrelated body', '<section><h1>关于征信查询授权书</h1><p>本页介绍平台的注册流程和常见问题。</p></section>'],
    ['talk about credit before an unrelated consent', '<div><p>征信是个人的经济身份证，要珍惜。很多人同意平台的授权后，才发现被查了征信。</p></div>'],
  ])('gets none for %s', (_class, html) => {
    expect(findAuthorizationLetter(parse(html))).toBeNull();
  });

  it('takes a plain heading that ends in a credit title as the whole title, and not a heading with a link in it', () => {
    const body = '<p>本人授权贵公司查询本人的信用报告，仅用于本次借款申请的审核。</p>';
    expect(findAuthorizationLetter(parse(`<section><h1>借款服务及征信查询授权书</h1>${body}</section>`))?.title).toBe('借款服务及征信查询授权书');
    expect(findAuthorizationLetter(parse(`<section><h1><a href="/">返回</a>个人征信查询授权书</h1>${body}</section>`))?.title).toBe('个人征信查询授权书');
  });

  it("reads only the letter's own section when another agreement shares its container", () => {
    const debit = '<h3>委托扣款授权书</h3><p>本人授权贵公司在每期还款日从本人银行卡扣收应还款项，本授权至借款全部还清时终止。</p>';
    const credit = '<h3>个人征信查询授权书</h3><p>本人授权贵公司查询本人的信用报告，仅用于本次借款申请的审核。</p><p>本授权有效期三十日。</p>';
    for (const body of [`${debit}${credit}`, `${credit}${debit}`]) {
      const found = findAuthorizationLetter(parse(`<div class="popup"><div class="popup-body">${body}</div></div>`));
      expect(found?.title).toBe('个人征信查询授权书');
      expect(found!.text).not.toContain('扣收');
      expect(analyzeLetter(found!.text).verdict).toBe('one-time');
    }
    // With no other agreement heading, the whole block stays the letter.
    const single = findAuthorizationLetter(parse(`<div class="popup">${credit}<h4>二、查询范围</h4><p>查询内容包括信贷记录。</p></div>`));
    expect(single!.text).toContain('信贷记录');
  });

  it('an untitled credit clause stops at the next agreement heading', () => {
    const found = findAuthorizationLetter(
      parse('<div class="box"><p>本人同意贵公司查询本人的征信报告，仅用于本次借款申请的审核。</p><h3>委托扣款授权书</h3><p>本人授权贵公司扣收应还款项，至借款全部还清时终止。</p></div>'),
    );
    expect(found!.text).not.toContain('扣收');
    expect(analyzeLetter(found!.text).verdict).toBe('one-time');
  });

  it('an article that quotes a contract clause in the new wording gets none', () => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html><head><meta property="og:type" content="article"><title>借款合同里的征信条款</title></head><body><article><h1>借款合同里的征信条款</h1>
      <p>很多合同写着：乙方同意甲方了解乙方的信用记录，查询结果用于贷款审查和贷款管理；还有的写到贷款结清时止。</p></article></body></html>`,
      'text/html',
    );
    expect(findAuthorizationLetter(doc)).toBeNull();
  });

  it('a 不看征信 lure page stays a lure and shows no letter', () => {
    const html = `<!doctype html><html><head><title>极速贷 不看征信</title></head><body><h1>不看征信 黑户可借</h1>
      <p>不查征信，不看负债，凭身份证即可借款，额度可多次使用，到账后随借随还。</p><button>立即借款</button></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(findAuthorizationLetter(doc)).toBeNull();
    expect(classifyPage(extractPageSample(doc), 'jisudai.example', buildClassifierIndex(platformRules)).kind).toBe('predatory');
  });

  it('the popup check takes the new wording for a letter, and an FAQ line or a lure for none', () => {
    expect(isLetterText('乙方同意甲方通过征信机构了解乙方的信用记录。')).toBe(true);
    expect(isLetterText('本人委托贵行代为办理：向有关机构查询本人的信用信息。')).toBe(true);
    expect(isLetterText('不看征信，不查负债，额度可多次使用。')).toBe(false);
    expect(isLetterText('征信花了怎么办？按时还款，少申请网贷。')).toBe(false);
  });

  it('the popup check takes a pasted lead-in whose list item queries credit data, and not a list without one', () => {
    const items = '（1）平台向资金方提供您的注册信息；\n（2）资金方可对您的信用报告进行查询，用于审批和贷后管理。';
    expect(isLetterText(`1. 您同意并不可撤销地授权：\n${items}`)).toBe(true);
    expect(isLetterText(`本平台的服务如下：\n${items}`)).toBe(false);
    expect(isLetterText(`1. 您同意并不可撤销地授权：\n本页说明平台的注册流程。\n${items}`)).toBe(false);
  });
});

describe('the finder on a page of thousands of elements', () => {
  const filler = (count: number) => Array.from({ length: count }, (_, i) => `<p>第 ${i} 行 <span>借款</span></p>`).join('');
  const titledLetter =
    '<div class="agreement"><div>个人征信查询授权书</div><div>本人同意并授权贵公司向中国人民银行征信中心查询本人的信用报告，用于本次贷款审批。</div></div>';
  const untitledLetter = '<section><div>本人同意并授权贵公司向中国人民银行征信中心查询本人的信用报告，用于本次贷款审批及贷后管理。</div></section>';
  const parse = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

  // Elements that cannot hold the words of a title or a credit body are not looked at, so the
  // bounded number of elements read is spent on those that can: a letter after 3,000 rows of
  // something else is found (reading every element in tag order, the bound ran out first).
  it('finds a titled letter after 3,000 other rows, and none without it', () => {
    expect(findAuthorizationLetter(parse(filler(3_000) + titledLetter))?.title).toBe('个人征信查询授权书');
    expect(findAuthorizationLetter(parse(filler(3_000)))).toBeNull();
  });

  it('finds an untitled letter after 3,000 other rows, and none without it', () => {
    const found = findAuthorizationLetter(parse(filler(3_000) + untitledLetter));
    expect(found?.title).toBeNull();
    expect(found?.text).toContain('查询本人的信用报告');
  });

  it('reads a title split into one text node per character, and not a word inside a script', () => {
    const split = '<div><div>个<br>人<br>征<br>信<br>查<br>询<br>授<br>权<br>书</div><div>本人同意并授权贵公司向中国人民银行征信中心查询本人的信用报告，用于本次贷款审批。</div></div>';
    expect(findAuthorizationLetter(parse(filler(2_000) + split))?.title).toBe('个人征信查询授权书');
    const scripted = '<div><script>var t = "个人征信查询授权书";</script><p>本页介绍我们的借款产品与还款方式，欢迎咨询客服了解详情。</p></div>';
    expect(findAuthorizationLetter(parse(scripted))).toBeNull();
  });
});

describe('firstCharacters, the finder\'s cheap test of a credit body', () => {
  it('takes the first character of each alternative of the credit-word pattern', () => {
    expect(firstCharacters('征信|信用报告|资信|信贷(交易|风险)?(信息|记录)|还款(明细|记录)')?.sort()).toEqual(['信', '征', '还', '资'].sort());
    const bundled = firstCharacters(letterFinder.creditWordsPattern);
    expect(bundled).not.toBeNull();
    // Every credit word the pattern matches starts with one of them.
    for (const word of letterFinder.creditWordsPattern.match(/[\u3400-\u9fff]+/g)!) {
      if (new RegExp(`^(${letterFinder.creditWordsPattern})`).test(word)) expect(bundled).toContain(word[0]);
    }
  });

  it('gives up (every element is read) when an alternative does not start with a plain character', () => {
    expect(firstCharacters('征信|(信用|资信)报告')).toBeNull();
    expect(firstCharacters('征?信|信用')).toBeNull();
    expect(firstCharacters('征信|.{2}报告')).toBeNull();
    expect(firstCharacters('征信|')).toBeNull();
  });
});

describe('a generic title over a body that queries data for a credit decision', () => {
  const parse = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
  // A risk-data vendor's template: it names no credit report, only the data it queries and why.
  const vendor =
    '<div><h3>授权书</h3><p>贵司为授信审批、贷后管理以及风险的评估和控制，需要了解本人的有关情况，本人因此同意并授权：贵司可以自行或委托第三方查询、核验本人的相关数据。</p><p>本授权书自出具时生效。</p></div>';
  const debit =
    '<div><h3>授权书</h3><p>本人同意并授权贵行在本人的授信额度内，按月从本人账户扣收到期款项，并使用本人留存的手机号码发送扣款提醒。</p><p>本授权书自签署时生效。</p></div>';

  it('is a letter when it authorizes queries for 授信审批 or 贷后管理, and not for a debit authorization', () => {
    expect(findAuthorizationLetter(parse(vendor))?.title).toBe('授权书');
    expect(findAuthorizationLetter(parse(debit))).toBeNull();
  });

  it('the popup check takes the same body, and not the debit authorization', () => {
    expect(isLetterText(parse(vendor).body.textContent!)).toBe(true);
    expect(isLetterText(parse(debit).body.textContent!)).toBe(false);
  });
});

describe('a consent to report credit data to a bureau, in other verbs', () => {
  it.each([
    ['交给', '乙方同意：甲方可以把乙方的借款资料和还款情况交给征信机构。', true],
    ['上报', '借款人同意：逾期未还的，贷款人可以把逾期情况上报征信系统。', true],
    ['披露给', '您同意本平台把您的借款信息披露给依法设立的征信机构。', true],
    ['交给 something else', '乙方同意：甲方可以把乙方的借款资料交给快递公司寄送。', false],
    ['上报 without a bureau', '借款人同意：逾期未还的，贷款人可以把逾期情况上报公司领导。', false],
  ])('%s', (_verb, text, letter) => {
    expect(isLetterText(text)).toBe(letter);
  });
});
