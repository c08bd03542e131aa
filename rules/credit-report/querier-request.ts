/**
 * The request text addressed to one legal entity that queried for 贷后管理. When the entity
 * belongs to a platform of the rules, the platform's request letter is used, addressed to this
 * entity alone; otherwise a letter of the same substance names the entity itself. Always in
 * Chinese (it is sent to a Chinese institution); the rights cited are those of DOMAIN.md §2.
 */
import { composeRequestLetter, formatChineseDate } from '../request-letter';
import type { PlatformRule } from '../schema';

export function composeQuerierRequest(institution: string, rule: PlatformRule | null, date: Date): string {
  if (rule) {
    const entity = rule.legalEntities.find((candidate) => candidate.name === institution) ?? { name: institution, role: 'lender' as const };
    return composeRequestLetter({ ...rule, legalEntities: [entity] }, date);
  }
  return [
    `致${institution}：`,
    '',
    '本人的个人信用报告显示，贵方以“贷后管理”为由查询了本人的信用报告。',
    '1. 如本人在贵方已无未结清的借款或授信，请注销本人在贵方的授信额度（账户），并书面确认双方的信贷关系已经终止；',
    '2. 依据《中华人民共和国个人信息保护法》第十五条，本人撤回就查询本人个人信用信息所作的同意，请贵方此后不再查询本人的个人信用报告；',
    '3. 《征信业管理条例》第十八条、第二十条规定，查询个人信用信息须经本人书面同意并约定用途。请告知贵方查询所依据的授权和用途。',
    '',
    '请在办理后告知处理结果和办理编号。如不能办理，请依据《中华人民共和国个人信息保护法》第五十条说明理由。',
    '',
    '申请人：＿＿＿＿',
    `日期：${formatChineseDate(date)}`,
  ].join('\n');
}
