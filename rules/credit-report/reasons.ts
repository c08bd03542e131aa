/**
 * The query reasons (查询原因) a credit report prints (DOMAIN.md §6), and how a reason reads
 * once normalized. Only 贷后管理 is post-loan monitoring of the borrower's own credit; a
 * guarantor's 保后管理 and 担保资格审查 are not (DOMAIN.md §4).
 */

export const POST_LOAN_REASON = '贷后管理';

/** Reasons seen in the public report samples, longest first so the longest match wins. */
export const KNOWN_REASONS: readonly string[] = [
  '法人代表、负责人、高管等资信审查',
  '特约商户实名审查',
  '担保资格审查',
  '信用卡审批',
  '贷后管理',
  '贷款审批',
  '保前审查',
  '保后管理',
  '资信审查',
].sort((a, b) => b.length - a.length);

/** A self-query's reason: 本人查询, often with its channel in brackets. */
export const SELF_QUERY_REASON = /^本人查询(\([^()]{0,40}\))?/;

/**
 * A reason not in the list above still reads like one: a few Chinese words ending in what the
 * report's reasons end in. Used only when no known reason is found in a row.
 */
export const REASON_LIKE = /([\u4e00-\u9fff、]{0,14}(审批|审查|管理|调查|核查))$/;

export function isPostLoan(reason: string): boolean {
  return reason === POST_LOAN_REASON;
}

export function isSelfQueryReason(reason: string): boolean {
  return SELF_QUERY_REASON.test(reason);
}
