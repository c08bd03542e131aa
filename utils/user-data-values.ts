/**
 * The values of the user's data that the UI needs (ids, statuses, defaults and pure helpers),
 * without zod: the popup and the components import these, and the schemas (user-data.ts) stay
 * with the code that validates (the background, import and export). Types come from the schemas.
 */
import { CHECKLIST_STEPS, type ChecklistStep } from '../rules/checklist';
import type { PlatformProgress, Settings } from './user-data';

export const CHECKLIST_ITEM_IDS = CHECKLIST_STEPS;
export type ChecklistItemId = ChecklistStep;

export const PLATFORM_STATUSES = [
  'not-started',
  'in-progress',
  'withdrawn',
  'blocked-by-loan',
  'refused',
  'complaint-filed',
] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];

export const EVIDENCE_CHANNELS = ['phone', 'in-app-chat', 'web-form', 'email', 'letter', 'in-person', 'other'] as const;

export const CUSTOM_PLATFORM_PREFIX = 'custom-';

export const DEFAULT_SETTINGS: Settings = {
  // Off in the production build; on from install in the e2e build (see wxt.config.ts).
  allSitesRecognition: __ALL_SITES_DEFAULT__,
  sidebarDefault: 'auto',
  sidebarEdge: 'right',
  locale: 'zh-CN',
  mutedSites: [],
  recheckDays: 30,
};

export function isCustomPlatformId(id: string): boolean {
  return id.startsWith(CUSTOM_PLATFORM_PREFIX);
}

export function newPlatformProgress(now: Date): PlatformProgress {
  return {
    status: 'not-started',
    checklist: {},
    owesMoney: 'unknown',
    evidence: [],
    recheckAt: null,
    updatedAt: now.toISOString(),
  };
}

/** Ticked items of a platform's checklist, out of the ones that apply to it. */
export function checklistProgress(progress: PlatformProgress | undefined, applicable: readonly ChecklistItemId[]) {
  const done = applicable.filter((id) => progress?.checklist[id] !== undefined).length;
  return { done, total: applicable.length };
}
