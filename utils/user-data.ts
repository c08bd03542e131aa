/**
 * The shapes of everything the extension stores for the user, as zod schemas (the single source
 * of truth for storage, export and import). Pure: no browser access here.
 */
import { z } from 'zod';
import { platformIdSchema, siteHostSchema } from '../rules/ids';

// Extension pages forbid eval (CSP): zod's compiled fast path would only be refused and logged.
z.config({ jitless: true });

export { CHECKLIST_ITEM_IDS, PLATFORM_STATUSES, EVIDENCE_CHANNELS, CUSTOM_PLATFORM_PREFIX, DEFAULT_SETTINGS } from './user-data-values';
export type { ChecklistItemId, PlatformStatus } from './user-data-values';
export { isCustomPlatformId, newPlatformProgress, checklistProgress } from './user-data-values';
import { CHECKLIST_ITEM_IDS, PLATFORM_STATUSES, EVIDENCE_CHANNELS } from './user-data-values';

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const shortText = (max: number) => z.string().max(max);
const hostKeySchema = siteHostSchema;

/** Keys that would poison a plain object if a record were built from them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function safeRecord<V extends z.ZodType>(key: z.ZodString, value: V, maxEntries: number) {
  // Checked on the raw input: zod's output silently drops `__proto__`, which would hide the attempt.
  return z
    .unknown()
    .refine(
      (raw) => typeof raw !== 'object' || raw === null || Object.keys(raw).every((name) => !FORBIDDEN_KEYS.has(name)),
      'forbidden key (__proto__, constructor or prototype)',
    )
    .pipe(z.record(key, value).refine((record) => Object.keys(record).length <= maxEntries, `at most ${maxEntries} entries`));
}

export const settingsSchema = z.strictObject({
  allSitesRecognition: z.boolean(),
  /**
   * How the sidebar opens on a site the user has not chosen for: auto (default: expanded on
   * warnings and withdrawal-flow pages, the edge tab elsewhere), always expanded, or collapsed.
   * 'auto' came later: the older two values stay valid and keep their meaning.
   */
  sidebarDefault: z.enum(['auto', 'expanded', 'collapsed']),
  /**
   * Which edge the sidebar sits at; absent means the right (added later: older stored values
   * have none). Optional rather than defaulted, so a partial settings patch never resets it.
   */
  sidebarEdge: z.enum(['right', 'left']).optional(),
  locale: z.enum(['zh-CN', 'en']),
  mutedSites: z.array(hostKeySchema).max(2000),
  recheckDays: z.number().int().min(1).max(365),
});
export type Settings = z.infer<typeof settingsSchema>;


export const evidenceEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  date: isoDate,
  channel: z.enum(EVIDENCE_CHANNELS),
  ticket: shortText(200),
  note: shortText(5000),
});
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;

export const platformProgressSchema = z.strictObject({
  status: z.enum(PLATFORM_STATUSES),
  /** A ticked item carries the moment it was ticked; unticked items are absent. */
  checklist: z.partialRecord(z.enum(CHECKLIST_ITEM_IDS), z.strictObject({ at: isoDateTime })),
  owesMoney: z.enum(['yes', 'no', 'unknown']),
  evidence: z.array(evidenceEntrySchema).max(1000),
  /** When the user asked to be reminded to re-check the credit report. */
  recheckAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
export type PlatformProgress = z.infer<typeof platformProgressSchema>;

export const progressSchema = safeRecord(platformIdSchema, platformProgressSchema, 500);
export type Progress = z.infer<typeof progressSchema>;

/** Per-site sidebar choices: collapsed or not, as the user last left it. */
export const siteUiSchema = safeRecord(hostKeySchema, z.strictObject({ collapsed: z.boolean() }), 5000);
export type SiteUi = z.infer<typeof siteUiSchema>;

/**
 * Platforms the user added because the rules do not list them ("my platform is not listed"):
 * the name as typed, under an id of their own whose progress sits in `progress` like any other.
 * The id's `custom-` prefix can never be a rule id (rules name real platforms; the data lint
 * keeps them apart).
 */
export const customPlatformIdSchema = z.string().regex(/^custom-[a-z0-9]{1,24}$/);
export const customPlatformSchema = z.strictObject({
  /** As typed, trimmed; shown as text only and used in the request text. */
  name: z.string().trim().min(1).max(40),
  createdAt: isoDateTime,
  /**
   * The name is a legal entity's, as the user's credit report printed it ("add to my platforms"
   * in the report reader, for an institution no rule covers): the request is addressed to it, and
   * a saved report's records of that name verify it. Absent for a name the user typed.
   */
  legalEntity: z.literal(true).optional(),
});
export type CustomPlatform = z.infer<typeof customPlatformSchema>;
export const customPlatformsSchema = safeRecord(customPlatformIdSchema, customPlatformSchema, 200);
export type CustomPlatforms = z.infer<typeof customPlatformsSchema>;

/**
 * A request letter the user chose to keep ("save draft"): only ever written on that click.
 * Keyed by platform id (a rule's or a custom entry's).
 */
export const letterDraftSchema = z.strictObject({
  text: z.string().max(10000),
  fields: z.strictObject({
    name: shortText(40).optional(),
    phoneLast4: shortText(4).optional(),
    accountRef: shortText(60).optional(),
    replyContact: shortText(120).optional(),
    answerBy: shortText(10).optional(),
  }),
  savedAt: isoDateTime,
});
export type LetterDraft = z.infer<typeof letterDraftSchema>;
export const letterDraftsSchema = safeRecord(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64), letterDraftSchema, 500);
export type LetterDrafts = z.infer<typeof letterDraftsSchema>;

