/**
 * The withdrawal checklist for a platform: the generic steps, with the ones that do not apply
 * left out (asking for funders only matters where funders query the report). The order follows
 * DOMAIN.md §2: while a loan or a credit line exists the institution may keep querying for 贷后管理,
 * so settling and closing the credit line for good come before the request, which is made in
 * writing with proof kept, and a later report verifies it.
 */
import type { PlatformRule } from './schema';

export const CHECKLIST_STEPS = [
  'confirm-type',
  'check-loans',
  'close-credit-line',
  'try-self-service',
  'contact-service',
  'record-ticket',
  'ask-funders',
  'recheck-report',
  'complain',
] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

export function checklistFor(rule: Pick<PlatformRule, 'fundersQuery'>): ChecklistStep[] {
  return CHECKLIST_STEPS.filter((step) => step !== 'ask-funders' || rule.fundersQuery);
}
