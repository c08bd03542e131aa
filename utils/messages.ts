/**
 * Messages between the extension's contexts. The background validates everything it receives
 * with these schemas; senders import only the types.
 */
import { z } from 'zod';

export const pageKindSchema = z.enum(['platform', 'lending', 'lookalike', 'predatory']);

// Extension pages forbid eval (CSP): zod's compiled fast path would only be refused and logged.
z.config({ jitless: true });

export const pageRecognizedSchema = z.strictObject({
  type: z.literal('page-recognized'),
  kind: pageKindSchema,
  platformId: z.string().regex(/^[a-z0-9-]{1,64}$/).nullable(),
});

export const getTabStateSchema = z.strictObject({
  type: z.literal('get-tab-state'),
  tabId: z.number().int().nonnegative(),
});

const platformIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const scheduleRecheckSchema = z.strictObject({
  type: z.literal('schedule-recheck'),
  platformId: platformIdSchema,
  /** When to remind, as epoch milliseconds. */
  when: z.number().int().positive(),
});

export const cancelRecheckSchema = z.strictObject({
  type: z.literal('cancel-recheck'),
  platformId: platformIdSchema,
});

const hostSchema = z.string().regex(/^[a-z0-9.-]{1,253}$/);

/** The sidebar was collapsed or expanded on a site: remembered per site. */
export const setSiteUiSchema = z.strictObject({ type: z.literal('set-site-ui'), host: hostSchema, collapsed: z.boolean() });
/** "Don't show on this site". */
export const muteSiteSchema = z.strictObject({ type: z.literal('mute-site'), host: hostSchema });
/** Its undo, from the sidebar's notice or the popup's "muted on this site" line. */
export const unmuteSiteSchema = z.strictObject({ type: z.literal('unmute-site'), host: hostSchema });
/** The answer to "do you still owe money here?", kept in extension storage, never in the page. */
export const setOwesMoneySchema = z.strictObject({
  type: z.literal('set-owes-money'),
  platformId: platformIdSchema,
  owesMoney: z.enum(['yes', 'no', 'unknown']),
});

/** The verdict of the popup's "analyze this page", from the script it injected. */
export const pageAnalysisSchema = z.strictObject({
  type: z.literal('page-analysis'),
  kind: pageKindSchema.nullable(),
  platformId: z.string().regex(/^[a-z0-9-]{1,64}$/).nullable(),
  letter: z.enum(['one-time', 'continuous', 'unclear']).nullable(),
  lures: z.array(z.string().max(80)).max(10),
});

/** The all-sites first stage found something lending-like: inject the classifier into this tab. */
export const lendingGatePassedSchema = z.strictObject({ type: z.literal('lending-gate-passed') });

export const runtimeMessageSchema = z.discriminatedUnion('type', [
  lendingGatePassedSchema,
  pageAnalysisSchema,
  setSiteUiSchema,
  muteSiteSchema,
  unmuteSiteSchema,
  setOwesMoneySchema,
  pageRecognizedSchema,
  getTabStateSchema,
  scheduleRecheckSchema,
  cancelRecheckSchema,
]);

export type PageKind = z.infer<typeof pageKindSchema>;
export type PageRecognizedMessage = z.infer<typeof pageRecognizedSchema>;
export type GetTabStateMessage = z.infer<typeof getTabStateSchema>;
export type LendingGatePassedMessage = z.infer<typeof lendingGatePassedSchema>;
export type PageAnalysisMessage = z.infer<typeof pageAnalysisSchema>;
export type SetSiteUiMessage = z.infer<typeof setSiteUiSchema>;
export type MuteSiteMessage = z.infer<typeof muteSiteSchema>;
export type UnmuteSiteMessage = z.infer<typeof unmuteSiteSchema>;
export type SetOwesMoneyMessage = z.infer<typeof setOwesMoneySchema>;
export type ScheduleRecheckMessage = z.infer<typeof scheduleRecheckSchema>;
export type CancelRecheckMessage = z.infer<typeof cancelRecheckSchema>;
export type RuntimeMessage = z.infer<typeof runtimeMessageSchema>;

/** What the background knows about a tab. */
export const tabStateSchema = z.strictObject({
  kind: pageKindSchema,
  platformId: z.string().nullable(),
  /** The page's host, from the sender's URL: the popup's "muted on this site" needs it. */
  host: hostSchema.nullable().optional(),
});
export type TabState = z.infer<typeof tabStateSchema>;
