/**
 * The withdrawal checklist for a platform: the generic steps, with the ones that do not apply
 * left out (asking for funders only matters where funders query the report).
 */
import type { PlatformRule } from './schema';

export const CHECKLIST_STEPS = [
  'confirm-type',
  'check-loans',
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
