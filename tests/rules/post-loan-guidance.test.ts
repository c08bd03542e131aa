/**
 * How 贷后管理 queries really stop (DOMAIN.md §2, PBOC order 2005 No. 3, Art. 12/13), as the
 * generic guide, the checklist and the request text say it: one test per statement, each failing
 * if the text said otherwise.
 */
import { describe, expect, it } from 'vitest';
import { genericGuidance } from '../../rules/bundled-rules';
import { CHECKLIST_STEPS, checklistFor } from '../../rules/checklist';
import { composePhoneScript, composeRequestLetter } from '../../rules/request-letter';
import type { PlatformRule } from '../../rules/schema';
import { locales } from '../../utils/i18n';

const blocker = (id: string) => genericGuidance.blockers.find((item) => item.id === id)!.text;
const refused = (id: string) => genericGuidance.whenRefused.find((item) => item.id === id)!.text;
const zh = locales['zh-CN'];
const rule = {
  id: 'x',
  brand: '某平台',
  legalEntities: [{ name: '某某消费金融有限公司', role: 'lender' }],
} as unknown as PlatformRule;
const letter = composeRequestLetter(rule, new Date(2026, 11, 1));

describe('while a loan or a credit line exists, the institution may keep querying for 贷后管理', () => {
  it('the generic guide says so, for a credit line as well as a loan, and that no new consent is needed', () => {
    const text = blocker('outstanding-loan');
    expect(text).toMatch(/没结清的借款/);
    expect(text).toMatch(/授信额度/);
    expect(text).toMatch(/贷后管理”?继续查询/);
    expect(text).toMatch(/不需要你再次同意/);
    expect(text).toMatch(/撤回授权通常挡不住/);
  });

  it('names its legal basis, Art. 12 and 13 of the 2005 order, and that an amendment is unconfirmed', () => {
    const text = blocker('post-loan-basis');
    expect(text).toContain('个人信用信息基础数据库管理暂行办法');
    expect(text).toMatch(/第十二条[\s\S]*贷后风险管理/);
    expect(text).toMatch(/第十三条[\s\S]*不需要本人另行书面授权/);
    expect(text).toMatch(/是否修订，未核实/);
  });

  it('the checklist says it at the settle step', () => {
    expect(zh['checklist.check-loans']).toMatch(/结清[\s\S]*贷后管理继续查询/);
  });
});

describe('settle, then close the credit line for good', () => {
  it('the guide puts settling before cancelling, and cancelling (注销额度/销户) over merely closing (关闭额度)', () => {
    const text = refused('settle-first');
    expect(text.indexOf('结清')).toBeLessThan(text.indexOf('注销'));
    expect(text).toMatch(/注销额度、销户/);
    expect(text).toMatch(/只“关闭额度”不一定结束授信关系，注销才结束/);
    expect(text).toMatch(/未核实/);
  });

  it('the checklist has the cancel step, after settling and before the request', () => {
    const steps = checklistFor({ fundersQuery: false });
    expect(steps.indexOf('check-loans')).toBeLessThan(steps.indexOf('close-credit-line'));
    expect(steps.indexOf('close-credit-line')).toBeLessThan(steps.indexOf('contact-service'));
    expect(zh['checklist.close-credit-line']).toMatch(/注销授信额度或销户（不只是“关闭额度”）/);
    expect(locales.en["checklist.close-credit-line"]).toMatch(/not just close the line \(关闭额度\)/);
  });

  it('the request asks for the cancellation, not a mere closing, and to be told of a loan still open', () => {
    expect(letter).toMatch(/注销本人在贵方的授信额度和账户（注销额度、销户，而不只是关闭额度）/);
    expect(letter).toMatch(/如仍有未结清的借款或有效的授信额度，请书面告知，本人结清后再申请注销/);
    expect(composePhoneScript(rule)).toMatch(/注销额度、销户，而不只是关闭额度/);
  });
});

describe('ask in writing and keep proof', () => {
  it('the guide says to ask in writing and keep the request, screenshots, ticket and answer', () => {
    const text = refused('in-writing');
    expect(text).toMatch(/书面方式提出/);
    expect(text).toMatch(/书面答复/);
    expect(text).toMatch(/保存申请、截图、工单号和答复/);
  });

  it('the checklist asks in writing and keeps proof', () => {
    expect(zh['checklist.contact-service']).toMatch(/书面/);
    expect(zh['checklist.record-ticket']).toMatch(/保存凭证/);
    expect(CHECKLIST_STEPS.indexOf('contact-service')).toBeLessThan(CHECKLIST_STEPS.indexOf('record-ticket'));
  });

  it('the request is made in writing, asks for a written answer and says proof is kept', () => {
    expect(letter).toMatch(/本申请以书面形式提出，请以书面形式答复/);
    expect(letter).toMatch(/留存本申请和答复作为凭证/);
  });
});

describe('verify with a later report', () => {
  it('the guide says to check a later report for new 贷后管理 queries, and what to do if one appears', () => {
    expect(genericGuidance.verify).toMatch(/结清、注销并提出撤回之后，过一段时间/);
    expect(genericGuidance.verify).toMatch(/查询记录[\s\S]*没有再出现新的“贷后管理”查询/);
    expect(genericGuidance.verify).toMatch(/带着凭证/);
  });

  it('the checklist ends with the re-check before the complaint', () => {
    const steps = checklistFor({ fundersQuery: true });
    expect(steps.indexOf('record-ticket')).toBeLessThan(steps.indexOf('recheck-report'));
    expect(steps.at(-1)).toBe('complain');
    expect(zh['checklist.recheck-report']).toMatch(/贷后管理/);
  });
});
