/**
 * Where a fact comes from, and what kind of source that is. Shared by the platform rules and the
 * institution directory, so a rule's confidence can be computed from its sources' kinds
 * instead of being typed by hand.
 */
import { z } from 'zod';

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/**
 * - `own-document`: the institution's or platform's own page or document (privacy policy, agreement, help page)
 * - `regulator`: a regulator's list or notice (NFRA/CBIRC, PBOC, a local financial bureau)
 * - `court-or-penalty`: a court judgment or an administrative penalty notice
 * - `credit-report-sample`: a credit report's format or test data in public code (names as printed on reports)
 * - `news`: a news report
 * - `other`: anything else (encyclopedia, public code that is not a report sample, a third-party page)
 * A content farm (SEO loan pages) is `other` and never the source of a phone number or a path.
 */
export const sourceKindSchema = z.enum(['own-document', 'regulator', 'court-or-penalty', 'credit-report-sample', 'news', 'other']);

export const evidenceSourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim().min(1),
  kind: sourceKindSchema,
  /** Which fact it supports, in a few words. */
  supports: z.string().trim().min(1),
  /** When it was read (not in the future). */
  checked: isoDateSchema,
});

export type SourceKind = z.infer<typeof sourceKindSchema>;
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;
