/**
 * The withdrawal request and the phone script, composed from a platform rule. Always in
 * Chinese: it is sent to a Chinese institution. The rights cited are those DOMAIN.md §2 lists,
 * and it asks for what actually ends 贷后管理 queries there: closing the credit line for good.
 * Personal fields are optional and only ever filled in by the user in the popup.
 */
import type { PlatformRule } from './schema';

export interface LetterFields {
  name?: string;
  phoneLast4?: string;
  accountRef?: string;
}

export function formatChineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/**
 * The operator and the lender; funders are asked about in the text instead (a rule lists the
 * funders a source reports for the brand, not necessarily those of this user's loan).
 */
function addressees(rule: PlatformRule): string {
  const names = rule.legalEntities.filter((entity) => entity.role !== 'funder').map((entity) => entity.name);
  return names.length > 0 ? names.join('、') : rule.brand;
}

const clean = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';

export function composeRequestLetter(rule: PlatformRule, date: Date, fields: LetterFields = {}): string {
  const name = clean(fields.name);
  const phone = clean(fields.phoneLast4).replace(/\D/g, '').slice(-4);
  const account = clean(fields.accountRef);
  const who = [name ? `本人${name}` : '本人', phone ? `（注册手机号后四位 ${phone}）` : ''].join('');
  // An entry named by the legal entity itself (from the user's credit report): the borrower may
  // have dealt with it directly or through a partner platform.
  const where = rule.legalEntities.some((entity) => entity.name === rule.brand) ? '在贵方或经合作平台申请、使用借款服务时' : `在“${rule.brand}”申请或使用借款服务时`;
  const lines = [
    `致${addressees(rule)}：`,
    '',
    `${who}曾${where}，同意贵方查询本人的个人信用报告。现依据《中华人民共和国个人信息保护法》第十五条，撤回本人就查询个人征信信息所作的授权（同意），请贵方自收到本申请起，不再以本人的名义查询本人的个人信用报告，包括以“贷后管理”为由的查询。`,
    '',
    '如本人在贵方已无未结清的借款，请同时注销本人在贵方的授信额度和账户（注销额度、销户，而不只是关闭额度），并告知注销日期；如仍有未结清的借款或有效的授信额度，请书面告知，本人结清后再申请注销。',
    '',
    '《征信业管理条例》第十八条、第二十条规定，查询个人信用信息须经本人书面同意并约定用途，使用时不得超出约定用途。如以本人授权查询过征信的还有合作出资机构，请告知这些机构的名称，并告知向其撤回授权的方式。',
    '',
    '本申请以书面形式提出，请以书面形式答复处理结果和办理编号，本人将留存本申请和答复作为凭证。如不能办理，请依据《中华人民共和国个人信息保护法》第五十条说明理由。',
  ];
  if (account) lines.push('', `相关借款或账户编号：${account}`);
  lines.push('', `申请人：${name || '＿＿＿＿'}`, `日期：${formatChineseDate(date)}`);
  return lines.join('\n');
}

export function composePhoneScript(rule: PlatformRule): string {
  return [
    `您好，我想撤回在“${rule.brand}”给出的个人征信查询授权，包括贷后管理查询。想请您告诉我：`,
    '1. 现在能否办理，需要哪些材料，多久生效？',
    '2. 用我的授权查询过征信的机构有哪些（包括出资机构）？',
    '3. 我在这里还有没结清的借款或有效的授信额度吗？结清后能否注销额度、销户，而不只是关闭额度？',
    '4. 如果不能办理，具体原因是什么？',
    '请给我这次来电的工单号，谢谢。',
  ].join('\n');
}
