/**
 * The protocol between the extension's contexts: every request the background answers, as a zod
 * schema (the background validates everything it receives), and the reply each one gets
 * (`Replies`). The background owns every write to storage; the popup, the options page and the
 * content scripts send these requests and see changes through `storage.onChanged`. A handler
 * takes the tab and the page's host from the sender, never from the message body. Senders in
 * content scripts import only types from here (no zod on the page): see `send-request.ts`.
 */
import { z } from 'zod';
import { pageKindSchema, platformIdSchema, siteHostSchema } from '../rules/ids';
import { progressEditSchema } from './progress-edit-schema';
import { MAX_SNAPSHOT_RECORDS, noIdNumber, snapshotRecordSchema } from './report-snapshots';
import { customPlatformIdSchema, customPlatformsSchema, letterDraftSchema, progressSchema, settingsSchema, siteUiSchema } from './user-data';

// Extension pages forbid eval (CSP): zod's compiled fast path would only be refused and logged.
z.config({ jitless: true });

export { pageKindSchema, platformIdSchema, siteHostSchema };
export const letterVerdictSchema = z.enum(['one-time', 'continuous', 'unclear']);

const text = (max: number) => z.string().max(max);
const texts = (items: number, max: number) => z.array(text(max)).max(items);

/** A page sample as the content script read it (rules/page-sample.ts), bounded again here. */
export const pageSampleSchema = z.strictObject({
  title: text(400),
  description: text(400),
  siteName: text(400),
  ogType: text(100),
  headings: texts(40, 400),
  logoTexts: texts(5, 400),
  actions: texts(400, 100),
  checkboxLabels: texts(30, 400),
  formTexts: texts(80, 400),
  bodyText: text(20_000),
  structure: z.strictObject({
    articleElements: z.number().int().nonnegative(),
    forms: z.number().int().nonnegative(),
    inputs: z.number().int().nonnegative(),
  }),
});

/** Letters beyond this are cut before analysis (letter-analysis.ts cuts at the same length). */
export const MAX_LETTER_MESSAGE_CHARS = 30_000;

export const requestSchema = z.discriminatedUnion('type', [
  // From content scripts (host and tab come from the sender).
  /** The manifest script on a rule's host: the guide for this page, and the user's choices for the site. */
  z.strictObject({ type: z.literal('page-guide') }),
  /** The all-sites script: classify this page's sample (and read its letter, when one was found). */
  z.strictObject({ type: z.literal('classify-page'), sample: pageSampleSchema }),
  z.strictObject({ type: z.literal('analyze-letter'), text: z.string().max(MAX_LETTER_MESSAGE_CHARS) }),
  z.strictObject({ type: z.literal('page-recognized'), kind: pageKindSchema, platformId: platformIdSchema.nullable() }),
  /** The sidebar's shell on a rule's host is to draw its panel: inject the panel's code into this frame. */
  z.strictObject({ type: z.literal('load-panel') }),
  /** The all-sites first stage found something lending-like: inject the classifier into this frame. */
  z.strictObject({ type: z.literal('lending-gate-passed') }),
  /** The sidebar was collapsed or expanded on this site: remembered per site. */
  z.strictObject({ type: z.literal('set-site-ui'), collapsed: z.boolean() }),
  /** "Don't show on this site", and its undo. From a page: that page's site; from the popup: the named one. */
  z.strictObject({ type: z.literal('mute-site'), host: siteHostSchema.optional() }),
  z.strictObject({ type: z.literal('unmute-site'), host: siteHostSchema.optional() }),
  /** The answer to "do you still owe money here?", kept in extension storage, never in the page. */
  z.strictObject({ type: z.literal('set-owes-money'), owesMoney: z.enum(['yes', 'no', 'unknown']) }),

  // From extension pages.
  z.strictObject({ type: z.literal('get-user-data') }),
  z.strictObject({ type: z.literal('get-tab-state'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('edit-progress'), platformId: platformIdSchema, edits: z.array(progressEditSchema).min(1).max(50) }),
  z.strictObject({ type: z.literal('update-settings'), patch: settingsSchema.omit({ mutedSites: true, allSitesRecognition: true }).partial() }),
  /** After the page asked for (or gave back) the optional permission in a user gesture. */
  z.strictObject({ type: z.literal('set-all-sites'), on: z.boolean() }),
  /** An import the user confirmed after its preview (already parsed and validated by data-transfer.ts). */
  z.strictObject({
    type: z.literal('import-data'),
    data: z.strictObject({ settings: settingsSchema, progress: progressSchema, siteUi: siteUiSchema, customPlatforms: customPlatformsSchema }),
    mode: z.enum(['merge', 'replace']),
  }),
  /** "My platform is not listed": keep the typed name as a custom entry of "my platforms" (the background picks the id). */
  z.strictObject({ type: z.literal('add-custom-platform'), name: z.string().trim().min(1).max(40) }),
  z.strictObject({ type: z.literal('remove-custom-platform'), platformId: customPlatformIdSchema }),
  /** A request letter the user chose to keep; nothing typed is stored otherwise. */
  z.strictObject({ type: z.literal('save-letter-draft'), platformId: platformIdSchema, draft: letterDraftSchema.omit({ savedAt: true }) }),
  z.strictObject({ type: z.literal('delete-letter-draft'), platformId: platformIdSchema }),
  z.strictObject({ type: z.literal('wipe-data') }),
  z.strictObject({ type: z.literal('dismiss-notices') }),
  // The credit-report reader: derived records only (never the pasted text, a name or an ID number).
  z.strictObject({ type: z.literal('save-report-snapshot'), reportDate: z.iso.date().nullable(), records: z.array(snapshotRecordSchema).min(1).max(MAX_SNAPSHOT_RECORDS) }),
  z.strictObject({ type: z.literal('get-report-snapshots') }),
  /** A querier's platform into "my platforms" (never overwriting a status already there). */
  z.strictObject({ type: z.literal('add-report-platform'), platformId: platformIdSchema }),
  /**
   * A querier no platform rule covers, into "my platforms" as a generic entry under its legal
   * name (the custom-platform mechanism); a name of a rule's entity adds that rule's platform.
   */
  z.strictObject({ type: z.literal('add-report-institution'), name: z.string().trim().min(1).max(40).refine(noIdNumber, 'looks like an ID number') }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export type PageKind = z.infer<typeof pageKindSchema>;
export type LetterVerdict = z.infer<typeof letterVerdictSchema>;
export type PageRecognizedMessage = RequestOf<'page-recognized'>;
export type LendingGatePassedMessage = RequestOf<'lending-gate-passed'>;

/** What the background knows about a tab. */
export const tabStateSchema = z.strictObject({
  kind: pageKindSchema,
  platformId: z.string().nullable(),
  /** The page's host (from the sender): the popup's "muted on this site" needs it. */
  host: siteHostSchema.nullable().optional(),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** The verdict of "analyze this page": the injected script's return value, checked by the popup. */
export const pageAnalysisResultSchema = z.strictObject({
  kind: pageKindSchema.nullable(),
  platformId: platformIdSchema.nullable(),
  letter: letterVerdictSchema.nullable(),
  lures: z.array(z.string().max(80)).max(10),
});
export type PageAnalysisResult = z.infer<typeof pageAnalysisResultSchema>;

/** The reply each request gets. `import type` only: the shapes live with their modules. */
export interface Replies {
  'page-guide': import('./handlers/page-knowledge').PageGuideReply | null;
  'classify-page': import('./handlers/page-knowledge').ClassifyReply;
  'analyze-letter': import('../rules/letter-analysis').LetterAnalysis;
  'page-recognized': void;
  'load-panel': void;
  'lending-gate-passed': void;
  'set-site-ui': void;
  'mute-site': void;
  'unmute-site': void;
  'set-owes-money': void;
  'get-user-data': import('./data-transfer').UserData & { notices: string[]; letterDrafts: import('./user-data').LetterDrafts };
  'get-tab-state': TabState | null;
  'edit-progress': void;
  'update-settings': void;
  'set-all-sites': boolean;
  'import-data': void;
  'wipe-data': void;
  'dismiss-notices': void;
  'save-report-snapshot': import('./handlers/report-snapshots').ReportReply;
  'get-report-snapshots': import('./handlers/report-snapshots').ReportReply;
  'add-report-platform': import('./handlers/report-snapshots').ReportReply;
  /** With the id of the entry in "my platforms" (new or already there). */
  'add-report-institution': import('./handlers/report-snapshots').ReportReply;
  /** The new entry's id. */
  'add-custom-platform': string;
  'remove-custom-platform': void;
  'save-letter-draft': void;
  'delete-letter-draft': void;
}
