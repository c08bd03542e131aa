/** Letter analysis: verdicts, negation, synonyms, contradictions, finding the letter on a page, properties. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeLetter, findAuthorizationLetter, isLetterText, parseCount } from '../../rules/letter-analysis';

describe('analyzeLetter', () => {
  it.each([
    ['本授权用于审核借款申请及贷后管理。', 'continuous'],
    ['本授权用于审核借款申请及贷后风险管理。', 'continuous'],
    ['在借款存续期间被授权人可多次查询本人信用报告。', 'continuous'],
    ['有效期自签署之日起至全部借款结清之日止。', 'continuous'],
    ['本授权有效期为两年。', 'continuous'],
    ['用途包括但不限于贷前审批、贷后管理。', 'continuous'],
    ['本授权仅用于本次借款的审批及贷后管理。', 'continuous'],
    ['本授权仅用于本次借款申请的审核。', 'one-time'],
    ['本授权不用于贷后管理，仅用于审批。', 'one-time'],
    ['本授权书有效期为三十日。', 'one-time'],
    ['本授权为一次性授权。', 'one-time'],
    ['本授权为一次性授权。有效期至全部借款还清为止。', 'unclear'],
    ['本授权不用于贷后管理。本授权有效期三年。', 'unclear'],
    ['本人同意被授权人查询本人征信，用于相关业务。', 'unclear'],
    ['授权期限自签署起至贷款合同（如有）终止。', 'continuous'],
    ['本授权书有效期至本人与贵公司的业务关系终止。', 'continuous'],
    ['本授权书有效期至本次借款申请审核结束。', 'one-time'],
    ['本授权在本人与贵行的业务存续期间持续有效。', 'continuous'],
    ['贵行在为本人提供金融服务期间可以查询本人信用报告。', 'continuous'],
    ['查询所得用于信用卡审核、风险管理和资产管理。', 'continuous'],
    ['用于对本人贷款业务的事前、事中、事后情况进行审查。', 'continuous'],
    ['', 'unclear'],
  ])('%s → %s', (text, verdict) => {
    expect(analyzeLetter(text).verdict).toBe(verdict);
  });

  it('quotes both sides of a contradiction, from the input', () => {
    const text = '本授权为一次性授权。\n本授权有效期自签署之日起至全部借款结清之日止。';
    const analysis = analyzeLetter(text);
    expect(analysis.verdict).toBe('unclear');
    expect(analysis.deciding.map((clause) => clause.signal)).toEqual(['one-time', 'continuous']);
    for (const clause of analysis.deciding) expect(text).toContain(clause.quote);
  });

  it('marks a negated post-loan clause and explains it', () => {
    const analysis = analyzeLetter('本授权不用于贷后管理。');
    expect(analysis.deciding[0]).toMatchObject({ id: 'post-loan-excluded', negated: true, signal: 'one-time' });
  });

  it('reports sharing, irrevocability and withdrawal clauses', () => {
    const analysis = analyzeLetter('本人同意将信息提供给合作的资金方。本授权不可撤销。本人可以随时书面通知撤销本授权。用于贷后管理。');
    const aspects = analysis.clauses.map((clause) => clause.aspect);
    expect(aspects).toEqual(expect.arrayContaining(['sharing', 'irrevocability', 'withdrawal', 'purpose']));
  });

  it('keeps quotes short', () => {
    const long = `${'本人知悉并同意以下各项约定'.repeat(20)}，被授权人可在贷后管理中查询。`;
    for (const clause of analyzeLetter(long).clauses) expect(clause.quote.length).toBeLessThanOrEqual(60);
  });

  it('parses Chinese counts', () => {
    expect([parseCount('三十'), parseCount('十二'), parseCount('二十四'), parseCount('一百八十'), parseCount('90')]).toEqual([30, 12, 24, 180, 90]);
  });

  it('keeps its verdict whatever neutral sentences are added (so a constant or a throwing analysis fails)', () => {
    const continuous = '个人征信查询授权书\n本人同意贵司查询本人的个人信用报告，用于贷款审批及贷后管理。授权期限至本人在贵司的全部债务结清之日止。';
    const oneTime = '个人信用报告查询授权书\n本人同意贵司查询本人的个人信用报告，仅用于本次借款申请的审批，审批结束后本授权即失效。';
    expect(analyzeLetter(continuous).verdict).toBe('continuous');
    expect(analyzeLetter(oneTime).verdict).toBe('one-time');
    const neutral = fc.array(fc.constantFrom('本人已阅读本授权书。', '特此授权。', '\n', '签署日期：____年__月__日。', '授权人（签字）：'), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(neutral, neutral, (before, after) => {
        expect(analyzeLetter(`${continuous}${before}${after}`).verdict).toBe('continuous');
        expect(analyzeLetter(`${oneTime}${after}${before}`).verdict).toBe('one-time');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and is deterministic', () => {
    const pieces = fc.constantFrom('贷后管理', '不用于', '一次性授权', '结清', '有效期', '三十日', '五年', '。', '，', '本次申请', '仅用于', '不可撤销', '\n');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''))), (text) => {
        const first = analyzeLetter(text);
        expect(analyzeLetter(text)).toEqual(first);
        expect(['one-time', 'continuous', 'unclear']).toContain(first.verdict);
      }),
    );
  });
});

/**
 * Wording classes of real letters (learned from the fresh2 set, written here in our own short
 * sentences). Each class is two-sided: the sentence that carries it, and a close one that must not
 * (a regulation's name, a fee, sharing with a collector, a scoped period, an exception clause).
 */
describe('analyzeLetter: wording classes of real letters', () => {
  const cases: [string, string, string][] = [
    // post-loan purposes worded other than 贷后管理
    ['贷款管理', '征信查询结果用于贷款审批和贷款管理。', 'continuous'],
    ['贷款管理 in a regulation name', '本人依据《个人贷款管理暂行办法》签署本授权，本授权仅用于本次借款申请的审核。', 'one-time'],
    ['贷款管理费 is a fee', '贷款管理费按月收取。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['额度管理 as a page of the app', '您可以在【额度管理】页面查看额度。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['贷款管理 excluded', '查询结果不用于贷款管理。', 'one-time'],
    ['贷款管理 as a list item after its lead-in', '本人授权贵行查询本人信用报告，用于以下用途：\n1. 审核贷款申请；\n2. 贷款管理。', 'continuous'],
    ['贷款管理 in the sentence after a query, not a list item', '本人授权贵司查询本人信用报告。借款人应配合贷款人的贷款管理和检查工作。', 'unclear'],
    ['a one-use code on the line after the letter', '特此授权！\n短信验证码不可多次使用。', 'unclear'],
    ['贷款管理 in a clause about something else', '借款人应配合贷款人的贷款管理工作。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['管理已发放的贷款', '贵行可查询本人信用报告，用于管理已发放的贷款。', 'continuous'],
    ['放款以后的管理', '查询所得用于放款后的风险管理。', 'continuous'],
    ['此后/后续的管理', '贵行在审批信用卡申请以及之后管理风险时，可以查询本人的信用记录。', 'continuous'],
    ['后续 of the application is not after the loan', '申请提交后续流程由客服告知。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['催收调查', '贵公司可将查得的信用信息用于借款人的信用评估和催收调查。', 'continuous'],
    ['逾期催收 with the credit data it uses', '查询所得的信用信息用于贷款审批和逾期催收。', 'continuous'],
    ['逾期催收 in a clause that queries nothing', '借款人逾期的，贵司可以委托第三方进行逾期催收。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['sharing with a collector is not querying', '逾期时贵公司可将本人信息提供给催收机构。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['贷后 with any noun', '数据用于贷前审核、贷后关系维护和风险控制。', 'continuous'],
    ['每次提款', '在本人每次提款时，贵行可查询本人的信用报告。', 'continuous'],
    ['每次借款 with a new consent each time', '每次借款均需另行授权后方可查询，本授权仅用于本次借款申请。', 'one-time'],
    ['持卡期间', '在本人持卡期间，贵行可以查询本人的信用报告。', 'continuous'],
    ['合同履行期间', '在借款合同履行期间，贵司可以查询本人的信用报告。', 'continuous'],
    ['业务关系存续时', '在本人与贵行的业务关系存续时，贵行可以查询本人的信用报告。', 'continuous'],
    ['授信有效期内', '在授信有效期内，贵司可查询本人征信。', 'continuous'],
    ['贷中管理', '查询结果用于贷前审核和贷中管理。', 'continuous'],
    ['信贷中心 is not 贷中', '本人同意贵行个人信贷中心查询本人征信，仅用于本次借款申请的审核。', 'one-time'],
    ['额度调整', '贵行可查询本人信用报告，用于信用卡审批和额度调整。', 'continuous'],
    ['每年复查', '贵司每年查询一次本人的信用报告。', 'continuous'],
    ['动态监测', '贵司可对本人的信用状况进行动态监测。', 'continuous'],
    ['已有的贷款进行管理', '查询所得用于对本人已有贷款进行管理。', 'continuous'],
    ['还款期间', '在本人还款期间，贵司可以查询本人的信用报告。', 'continuous'],
    ['持续关注', '贵司将持续关注本人的信用状况。', 'continuous'],
    ['贷款风险监测', '查询结果用于贷款的风险监测。', 'continuous'],
    ['信用卡账户管理', '查询结果用于信用卡账户管理。', 'continuous'],
    // terms
    ['持续性授权', '本授权为持续性授权。', 'continuous'],
    ['非持续性授权', '本授权为非持续性授权。', 'unclear'],
    ['有效期：长期', '授权有效期：长期。', 'continuous'],
    ['有效 until the relationship ends', '本授权在本人与贵行的授信关系终止前一直有效。', 'continuous'],
    ['有效 until this application ends', '本授权在本次借款申请审批结束前有效，仅限本次申请使用。', 'one-time'],
    ['委托期限 as a term', '委托期限为两年，自签署之日起计算。', 'continuous'],
    ['a short 委托有效期', '本委托有效期为十五日。', 'one-time'],
    ['起到…终止 (the 止 in 终止)', '授权期限自签署之日起到贷款合同终止。', 'continuous'],
    ['一直有效', '本授权自签署之日起一直有效。', 'continuous'],
    ['始终有效', '本授权自签署之日起始终有效。', 'continuous'],
    ['有效 only while the application is reviewed', '本授权在申请审批期间持续有效，本次申请审批结束后即失效。', 'one-time'],
    ['无论是否获批均有效', '无论申请是否获批，本授权均有效。', 'continuous'],
    ['无论是否获批, about the papers', '无论申请是否获批，申请资料均不退回。', 'unclear'],
    ['到…结清…止', '授权期限从签署之日起，到借款全部还清时止。', 'continuous'],
    ['到…合同终止…止', '本授权到双方的借款合同终止之日止。', 'continuous'],
    ['到…清偿或结束…止', '授权期限到本人在平台的业务全部清偿或结束之日止。', 'continuous'],
    ['收到 and 到期 are not a term', '借款到期未还清的按合同处理，本人收到结清证明后可申请开具。本授权仅用于本次借款申请。', 'one-time'],
    ['到 the end of this application', '本授权有效期到这次授信申请审批完成为止。', 'one-time'],
    ['until withdrawn', '本授权自签署之日起生效，至本人书面撤回本授权之日止。', 'continuous'],
    ['有效 until withdrawn', '本人撤销授权前，本授权一直有效。', 'continuous'],
    ['how to withdraw is not a term', '本人可以随时书面通知贵司撤销本授权。本授权仅用于本次借款申请。', 'one-time'],
    ['queries until repaid', '在本人的借款全部还清以前，贵司可以查询本人的信用报告。', 'continuous'],
    ['结清前 about something else', '本人在借款结清前不得注销账户。本授权仅用于本次借款申请的审核。', 'one-time'],
    ['提前结清 is not a term', '如需提前结清前请联系客服，贵司查询本人征信仅用于本次借款申请。', 'one-time'],
    ['业务关系期间', '在本人与贵行保持信贷关系期间，贵行可以查询本人的信用报告。', 'continuous'],
    ['until the account is closed', '本授权有效期至本人注销平台账户之日止。', 'continuous'],
    ['until the account is closed (直到…注销)', '授权自签署时生效，直到本人的账户注销。', 'continuous'],
    ['收到 a closing request is not a term', '平台收到您注销账户的申请后将删除您的信息。本授权仅用于本次借款申请。', 'one-time'],
    // used again without a new consent
    ['多次使用', '本授权书可以多次使用。', 'continuous'],
    ['无需另行授权', '以后再办理同类业务时，无需本人另行签署授权书。', 'continuous'],
    ['不可重复使用', '本授权不可重复使用。', 'one-time'],
    ['a code that cannot be reused says nothing of the letter', '短信验证码不可多次使用。', 'unclear'],
    ['仅限一次', '本授权仅限一次。', 'one-time'],
    ['可查询…一次', '被授权人可查询本人信用报告一次。', 'one-time'],
    ['可查询一次或多次', '被授权人可以查询本人信用报告一次或多次。', 'continuous'],
    ['查询完毕后失效', '被授权人查询完毕后本授权即失效。', 'one-time'],
    ['无需…授权 in an exception clause', '法律法规规定无需另行授权的情形除外。本授权仅用于本次借款申请。', 'one-time'],
    ['reporting without a new consent is not querying', '贵司无需再次取得本人同意，即可向征信机构报送本人的还款信息。', 'unclear'],
    ['无需另行通知 says nothing of queries', '被授权人报送信息无需另行通知本人。', 'unclear'],
    // one-time wording
    ['只用于此次', '查询结果只用于此次贷款申请的审核。', 'one-time'],
    ['只要 is not 只用于', '只要本人在贵司仍有本次借款未还清，贵司可以随时查询。', 'continuous'],
    ['仅限本次 stays one-time', '本人授权贵司查询本人征信报告，仅限本次借款申请使用。', 'one-time'],
    ['仅用于审批 without 本次 stays unclear (one-time letters are rare; it must not outvote a term)', '本人授权贵司查询本人的信用报告，仅用于贷款审批。', 'unclear'],
    ['审核完成后失效', '本授权在审核完成后自动失效。', 'one-time'],
    ['a lapse on refusal is not one-time', '如申请未获批准，本授权自动失效；获批的，本授权至借款全部结清之日止。', 'continuous'],
    ['审批通过后, then a term to repayment', '审批通过后本授权在借款结清后失效。', 'continuous'],
    ['仅可使用一次', '本授权仅可使用一次。', 'one-time'],
    ['一次性的授权', '本授权为一次性的授权。', 'one-time'],
    ['持续到…结清 (until settled, no 止)', '本人授权贵行查询本人的信用报告，本授权书有效期持续到贷款结清当日。', 'continuous'],
    ['到…还清之日结束', '本人授权贵行查询本人的信用报告，授权期限自签署之日起，到借款全部还清之日结束。', 'continuous'],
    ['至…偿清之日止', '本人授权贵行查询本人的信用报告，授权期限至合同项下债务偿清之日止。', 'continuous'],
    ['提供服务的整个期间', '在贵行向本人提供金融服务的整个期间内，本人授权贵行查询本人的信用报告。', 'continuous'],
    ['信用卡…管理风险和资产 (verb before object)', '乙方授权甲方出于审核信用卡、管理风险和资产的需要，查询乙方的信用报告。', 'continuous'],
    ['管理风险 of an application is not ongoing', '乙方授权甲方查询乙方的信用报告，仅用于审核本次借款申请。借款页面会提示乙方管理风险。', 'one-time'],
    ['至业务办理完毕为止', '本人授权贵中心查询本人的信用报告，本授权书至本人的业务办理完毕为止。', 'continuous'],
    ['申请办理完毕 is the application only', '本人授权贵中心查询本人的信用报告，本授权书至本次申请审核办理完毕为止。', 'unclear'],
    ['提供服务的这段时间', '贵行给本人提供金融服务的这段时间里，本人授权贵行查询本人的信用报告。', 'continuous'],
    ['a service hours line is no term', '本人授权贵行查询本人的信用报告，用于审核本人的申请。贵行提供客户服务的时间为每天九点到十八点。', 'unclear'],
    ['收到…结清 is no term', '本人授权贵行查询本人的信用报告，用于审核本人的申请。本人收到贷款结清证明后会告知贵行。', 'unclear'],
    ['每次…都可以查询 (repeated)', '本人同意，凡办理与本人有关的业务，贵行都可以查询本人的信用报告。', 'continuous'],
    ['可以再次获取 (repeated)', '每当本人在平台发布借款信息，平台都可以再次获取本人的信用信息。', 'continuous'],
    // session 19, from fresh4 (measured once, a tuning set since)
    ['业务存续的整个期间', '本人同意，在业务存续的整个期间，贵司可以查询本人的信用报告。', 'continuous'],
    ['存续 of something else is no term', '本人授权贵司查询本人的信用报告，用于审核本人的申请。公司存续的整个期间都设有客服。', 'unclear'],
    ['提供服务的全部过程', '本人授权贵司查询本人的信用报告，在为本人提供服务的全部过程中使用。', 'continuous'],
    ['a service process without 全部/整个 is no term', '本人授权贵司查询本人的信用报告，用于审核本人的申请。在提供服务的过程中，贵司会保护本人的信息。', 'unclear'],
    ['供这一次申请使用 (the use named, nothing continuous)', '本人授权贵司查询本人的信用记录，同意贵司收集本人的资料，供这一次借款申请使用。', 'one-time'],
    ['作为本次申请之用', '本人授权贵司查询本人的信用报告，作为本次贷款申请之用。', 'one-time'],
    ['供本次…使用 gives way to a continuous clause in another sentence', '本人授权贵司查询本人的信用报告，供本次借款申请使用。本授权在本人为贵司客户期间可多次使用，无需另行授权。', 'continuous'],
    ['供本次…使用 gives way to 贷后管理 in the same sentence', '本人授权贵司查询本人的信用报告，供本次借款申请的审批及贷后管理使用。', 'continuous'],
    ['供 of something other than this application is no scope', '本人授权贵司查询本人的信用报告，用于审核本人的申请。申请表供贵司存档使用。', 'unclear'],
  ];
  it.each(cases)('%s: %s → %s', (_class, text, verdict) => {
    expect(analyzeLetter(text).verdict).toBe(verdict);
  });

  it("takes a contract's own term for the authorization's only where the document is an authorization or ties the two", () => {
    const clause = '第五条 乙方授权甲方查询乙方的信用报告，用于审核乙方的借款申请。';
    const contractEnd = '第九条 本合同的有效期自双方签字之日起，至合同项下债务全部清偿之日止。';
    const disputes = '第十条 协议履行期间，因本协议引起的一切争议，双方应先协商解决。';
    expect(analyzeLetter(`借款合同\n${clause}\n${contractEnd}`).verdict).toBe('unclear');
    expect(analyzeLetter(`借款合同\n${clause}\n${disputes}`).verdict).toBe('unclear');
    expect(analyzeLetter(`借款合同\n${clause}\n本合同有效期三年。`).verdict).toBe('unclear');
    // The same sentences where the authorization is the document, or is tied to the contract's term.
    expect(analyzeLetter(`个人征信查询授权协议\n${clause}\n第九条 本协议的有效期自双方签字之日起，至协议项下债务全部清偿之日止。`).verdict).toBe('continuous');
    expect(analyzeLetter(`借款合同\n${clause}本授权的期限与本合同有效期一致。\n${contractEnd}`).verdict).toBe('continuous');
    // A numbered clause after a credit clause is still the contract's own term (a page's text joins them with spaces).
    expect(analyzeLetter(`借款合同 七、乙方的信用信息 乙方同意：甲方可以把乙方的借款资料交给征信机构。 十一、生效和终止 ${contractEnd.replace('第九条 ', '')}`).verdict).toBe('unclear');
    // A term sentence that speaks of the authorization counts in a contract too.
    expect(analyzeLetter(`借款合同\n${clause}\n上述授权自本合同签署之日起生效，至合同项下债务全部清偿之日止。`).verdict).toBe('continuous');
  });

  it("takes 'until repaid' as the letter's term only in a sentence about the authorization, not about a fee's interest", () => {
    const head = '授权书\n本人同意贵公司向金融信用信息基础数据库查询本人的信用报告，用于审核本人的申请。';
    const fee = '担保费逾期未付的，按年利率百分之十二计收利息，从垫付之日起算至全部款项还清为止。';
    expect(analyzeLetter(head + fee).verdict).toBe('unclear');
    expect(analyzeLetter(`${head}本授权的有效期自签署之日起至全部款项还清为止。`).verdict).toBe('continuous');
    expect(analyzeLetter(`${head}查询期间自签署之日起至借款全部还清为止。`).verdict).toBe('continuous');
  });

  it('takes a repeated query as continuous only in a sentence about credit data', () => {
    const letter = '本人授权贵行查询本人的信用报告，用于审核本人的申请。';
    expect(analyzeLetter(`${letter}每次登录时，平台都会再次发送验证码。`).verdict).toBe('unclear');
    expect(analyzeLetter(`${letter}每次登录时，平台都可以再次查询本人的信用报告。`).verdict).toBe('continuous');
  });

  it('never reads a continuous class as one-time when a one-time scope sits in another sentence', () => {
    for (const [, text, verdict] of cases.filter(([, , v]) => v === 'continuous')) {
      expect(analyzeLetter(`${text}本授权仅用于本次借款申请。`).verdict, text).not.toBe('one-time');
      expect(verdict).toBe('continuous');
    }
  });

  it('gives the 2005-order note for post-loan wording about credit already granted, not for a regulation name', () => {
    expect(analyzeLetter('查询结果用于贷款审查和贷款管理。').notes.map((note) => note.id)).toEqual(['post-loan']);
    expect(analyzeLetter('贵行可查询本人信用报告，用于管理已发放的贷款。').notes.map((note) => note.id)).toEqual(['post-loan']);
    expect(analyzeLetter('本人可多次查询。依据《个人贷款管理暂行办法》。').notes).toEqual([]);
  });
});

describe('findAuthorizationLetter', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('finds a letter in a modal', () => {
    const doc = parse(`<body><label><input type="checkbox">同意《个人征信查询授权书》</label>
      <div class="modal" hidden><h3>个人征信查询授权书</h3><p>本人授权被授权人查询本人的信用报告，用于审核借款申请及贷后管理，有效期至全部借款结清之日止。</p></div></body>`);
    const letter = findAuthorizationLetter(doc);
    expect(letter).toMatchObject({ title: '个人征信查询授权书', inModal: true });
    expect(analyzeLetter(letter!.text).verdict).toBe('continuous');
  });

  it('a mention in a checkbox label or link is not a letter', () => {
    const doc = parse('<body><form><label><input type="checkbox">我已阅读并同意《个人征信查询授权书》</label><a href="/x">《个人信用信息查询及报送授权书》</a><p>借款金额 年化利率 立即借款</p></form></body>');
    expect(findAuthorizationLetter(doc)).toBeNull();
  });
});

describe('what the law means for the letter', () => {
  it('explains 不可撤销 with PIPL art. 15 and 贷后管理 with the 2005 order, quoting the letter', () => {
    const text = '本人不可撤销地授权贵公司查询本人的信用报告，用于审核借款申请及贷后管理。';
    const { notes } = analyzeLetter(text);
    expect(notes.map((note) => note.id)).toEqual(['irrevocable', 'post-loan']);
    expect(notes[0]!.explanation).toContain('个人信息保护法第十五条');
    expect(notes[1]!.explanation).toContain('第十二条、第十三条');
    for (const note of notes) expect(text.normalize('NFKC')).toContain(note.quote);
  });

  it('gives no note when the letter has neither, or excludes 贷后管理', () => {
    expect(analyzeLetter('本人授权贵公司查询本人的信用报告，仅用于本次申请。').notes).toEqual([]);
    expect(analyzeLetter('本授权不用于贷后管理，仅用于本次申请。').notes).toEqual([]);
  });

  it('says where an over-long text was cut', () => {
    const long = `用于贷后管理。${'甲'.repeat(40_000)}`;
    expect(analyzeLetter(long).cut).toEqual({ at: 30_000, tail: '甲'.repeat(16) });
    expect(analyzeLetter('用于贷后管理。').cut).toBeNull();
  });
});

describe('isLetterText', () => {
  it.each([
    ['本人授权贵行查询本人的信用报告，用于贷后管理。', true],
    ['个人征信查询授权书 本人同意贵公司向征信机构查询本人信息。', true],
    ['本店手机支持分期付款，欢迎选购。', false],
    ['怎么查自己的征信报告？登录征信中心网站即可。', false],
  ])('%s → %s', (text, expected) => {
    expect(isLetterText(text)).toBe(expected);
  });
});
