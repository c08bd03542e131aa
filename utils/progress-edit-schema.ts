/** The schema of a progress edit (progress-edits.ts), for the background's validation of requests. */
import { z } from 'zod';
import { CHECKLIST_STEPS } from '../rules/checklist';
import { evidenceEntrySchema, PLATFORM_STATUSES } from './user-data';

const isoDateTime = z.iso.datetime({ offset: true });

export const progressEditSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('tick'), item: z.enum(CHECKLIST_STEPS), at: isoDateTime.nullable() }),
  z.strictObject({ op: z.literal('status'), status: z.enum(PLATFORM_STATUSES) }),
  z.strictObject({ op: z.literal('owes-money'), value: z.enum(['yes', 'no', 'unknown']) }),
  z.strictObject({ op: z.literal('evidence-put'), entry: evidenceEntrySchema }),
  z.strictObject({ op: z.literal('evidence-remove'), id: z.string().max(40) }),
  z.strictObject({ op: z.literal('recheck'), at: isoDateTime.nullable() }),
]);
export type ProgressEdit = z.infer<typeof progressEditSchema>;
