/**
 * The saved results of the credit-report reader (verification): per analysis, the derived
 * records (institution, reason, date) and the report's date. Never the pasted text, a name or
 * an ID number: the schema refuses anything that looks like one. Versioned and validated on
 * read like every item of utils/storage.ts (the item is defined there); written only by the background.
 */
import { z } from 'zod';

// Extension pages forbid eval (CSP): zod's compiled fast path would only be refused and logged.
z.config({ jitless: true });

export const MAX_SNAPSHOTS = 20;
export const MAX_SNAPSHOT_RECORDS = 5000;

const isoDate = z.iso.date();
// An ID number is 15 or 18 characters, mostly digits; a legal name holds no run of 6 digits.
export const noIdNumber = (value: string) => !/\d{6}|\d{5,}[Xx*]/.test(value);

export const snapshotRecordSchema = z.strictObject({
  institution: z.string().min(1).max(120).refine(noIdNumber, 'looks like an ID number'),
  reason: z.string().min(2).max(40).refine(noIdNumber, 'looks like an ID number'),
  date: isoDate,
});

export const reportSnapshotSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  savedAt: z.iso.datetime({ offset: true }),
  reportDate: isoDate.nullable(),
  records: z.array(snapshotRecordSchema).max(MAX_SNAPSHOT_RECORDS),
});

export const reportSnapshotsSchema = z.array(reportSnapshotSchema).max(MAX_SNAPSHOTS);

export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>;
