/**
 * The background's handler for the credit-report reader's requests: save the derived records
 * of an analysis (verification), and add a querier's platform to "my platforms". The report
 * page never writes storage itself. Every message is validated here.
 */
import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;
import { z } from 'zod';
import { MAX_SNAPSHOT_RECORDS, MAX_SNAPSHOTS, snapshotRecordSchema, reportSnapshotsItem, type ReportSnapshot } from '../report-snapshots';
import { progressItem, readItem, updateItem, writeItem } from '../storage';
import { newPlatformProgress } from '../user-data';
import { platformRules } from '../../rules/bundled-rules';

z.config({ jitless: true });

export const saveReportSnapshotSchema = z.strictObject({
  type: z.literal('save-report-snapshot'),
  reportDate: z.iso.date().nullable(),
  records: z.array(snapshotRecordSchema).min(1).max(MAX_SNAPSHOT_RECORDS),
});

export const addReportPlatformSchema = z.strictObject({
  type: z.literal('add-report-platform'),
  platformId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(64),
});

/** The saved reports, read by the background (a corrupt value is backed up there, by the one writer). */
export const getReportSnapshotsSchema = z.strictObject({ type: z.literal('get-report-snapshots') });

export const reportMessageSchema = z.discriminatedUnion('type', [saveReportSnapshotSchema, addReportPlatformSchema, getReportSnapshotsSchema]);
export type ReportMessage = z.infer<typeof reportMessageSchema>;
const REPORT_MESSAGE_TYPES: ReadonlySet<string> = new Set(['save-report-snapshot', 'add-report-platform', 'get-report-snapshots']);

/** Whether a message is one of the report page's (then `handleReportMessage` answers it). */
export function isReportMessage(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && REPORT_MESSAGE_TYPES.has(String((raw as { type?: unknown }).type));
}

export type ReportReply = { ok: true; snapshot?: ReportSnapshot; snapshots?: ReportSnapshot[] } | { ok: false; error: string };

/** Only platforms of the bundled rules can be added. */
const platformIds = new Set(platformRules.map((rule) => rule.id));

/** Handles one message of the report page; anything that does not validate is refused, nothing is written. */
// `browser` is the lead's handler signature; storage goes through the validated items.
export async function handleReportMessage(message: unknown, _browser: Browser): Promise<ReportReply> {
  const parsed = reportMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid message' };
  const now = new Date();
  const request = parsed.data;
  if (request.type === 'get-report-snapshots') return { ok: true, snapshots: await readItem(reportSnapshotsItem) };
  if (request.type === 'add-report-platform') {
    if (!platformIds.has(request.platformId)) return { ok: false, error: 'unknown platform' };
    await updateItem(progressItem, (progress) => (progress[request.platformId] ? progress : { ...progress, [request.platformId]: { ...newPlatformProgress(now), status: 'in-progress' as const } }));
    return { ok: true };
  }
  const snapshot: ReportSnapshot = {
    id: `r-${now.getTime().toString(36)}`,
    savedAt: now.toISOString(),
    reportDate: request.reportDate,
    records: request.records,
  };
  const current = await readItem(reportSnapshotsItem);
  await writeItem(reportSnapshotsItem, [...current, snapshot].slice(-MAX_SNAPSHOTS));
  return { ok: true, snapshot };
}
