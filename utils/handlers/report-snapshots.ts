/**
 * The background's handlers for the credit-report reader: save the derived records of an
 * analysis (verification), read the saved ones, and add a querier's platform to "my platforms".
 * The report page never writes storage itself; its requests are validated by the protocol
 * (utils/messages.ts) before they reach these.
 */
import { MAX_SNAPSHOTS, type ReportSnapshot } from '../report-snapshots';
import { progressItem, readItem, reportSnapshotsItem, updateItem } from '../storage';
import { newPlatformProgress } from '../user-data-values';
import { brandOf } from './page-knowledge';
import type { Handler } from './router';

export type ReportReply = { ok: true; snapshot?: ReportSnapshot; snapshots?: ReportSnapshot[] } | { ok: false; error: string };

export const saveReportSnapshot: Handler<'save-report-snapshot'> = async ({ reportDate, records }) => {
  const now = new Date();
  const snapshot: ReportSnapshot = { id: `r-${now.getTime().toString(36)}`, savedAt: now.toISOString(), reportDate, records };
  await updateItem(reportSnapshotsItem, (current) => [...current, snapshot].slice(-MAX_SNAPSHOTS));
  return { ok: true, snapshot };
};

export const getReportSnapshots: Handler<'get-report-snapshots'> = async () => ({ ok: true, snapshots: await readItem(reportSnapshotsItem) });

/** Only platforms of the rules; an entry already there (with its status) is left as it is. */
export const addReportPlatform: Handler<'add-report-platform'> = async ({ platformId }) => {
  if (!brandOf(platformId)) return { ok: false, error: 'unknown platform' };
  const now = new Date();
  await updateItem(progressItem, (progress) =>
    progress[platformId] ? progress : { ...progress, [platformId]: { ...newPlatformProgress(now), status: 'in-progress' as const } },
  );
  return { ok: true };
};

