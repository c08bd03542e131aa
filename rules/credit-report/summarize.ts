/**
 * What the credit-report reader shows, derived from the parsed records: every institution that
 * queried for 贷后管理 (count, first and last date, who it is), the other reasons, the
 * self-queries apart. Pure; the directory index is handed in.
 */
import { findInstitution, institutionKindFromName, normalizeInstitutionName, type InstitutionIndex } from '../institution-directory';
import type { Institution, InstitutionKind } from '../institution-schema';
import type { QueryRecord, QueryRecordsResult } from './parse-query-records';
import { isPostLoan } from './reasons';

export interface PostLoanQuerier {
  /** The name as printed (the first spelling seen). */
  institution: string;
  count: number;
  firstDate: string;
  lastDate: string;
  /** Every 贷后管理 date, newest first. */
  dates: string[];
  directory: Institution | null;
  /** Matched an earlier legal name of the directory entry. */
  formerName: boolean;
  kind: InstitutionKind | 'unknown';
  platformIds: string[];
  /** A lender's copy masks the name: only its kind is known. */
  masked: boolean;
}

export interface OtherReason {
  reason: string;
  count: number;
  institutions: string[];
  lastDate: string;
}

export interface ReportSummary {
  postLoan: PostLoanQuerier[];
  otherReasons: OtherReason[];
  selfQueryCount: number;
  reportDate: string | null;
}

export function summarizeReport(parsed: QueryRecordsResult, index: InstitutionIndex): ReportSummary {
  const byInstitution = new Map<string, { institution: string; masked: boolean; dates: string[] }>();
  const byReason = new Map<string, { count: number; institutions: Set<string>; lastDate: string }>();
  for (const record of parsed.records) {
    if (isPostLoan(record.reason)) {
      const key = normalizeInstitutionName(record.institution);
      const entry = byInstitution.get(key) ?? { institution: record.institution, masked: record.masked, dates: [] };
      entry.dates.push(record.date);
      byInstitution.set(key, entry);
    } else {
      const entry = byReason.get(record.reason) ?? { count: 0, institutions: new Set<string>(), lastDate: record.date };
      entry.count++;
      entry.institutions.add(record.institution);
      if (record.date > entry.lastDate) entry.lastDate = record.date;
      byReason.set(record.reason, entry);
    }
  }

  const postLoan = [...byInstitution.values()].map(({ institution, masked, dates }): PostLoanQuerier => {
    const sorted = [...dates].sort().reverse();
    const match = masked ? null : findInstitution(index, institution);
    return {
      institution,
      count: dates.length,
      firstDate: sorted[sorted.length - 1]!,
      lastDate: sorted[0]!,
      dates: sorted,
      directory: match?.institution ?? null,
      formerName: match?.formerName ?? false,
      kind: match?.institution?.kind ?? institutionKindFromName(institution),
      platformIds: match?.platformIds ?? [],
      masked,
    };
  });
  // Most recent first: the querier still at it matters most.
  postLoan.sort((a, b) => (a.lastDate === b.lastDate ? b.count - a.count : a.lastDate < b.lastDate ? 1 : -1));

  const otherReasons = [...byReason.entries()]
    .map(([reason, entry]) => ({ reason, count: entry.count, institutions: [...entry.institutions], lastDate: entry.lastDate }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));

  return { postLoan, otherReasons, selfQueryCount: parsed.selfQueries.length, reportDate: parsed.reportDate };
}

/** The derived records a snapshot keeps: institution, reason, date. Nothing else of the text. */
export function derivedRecords(records: readonly QueryRecord[]): { institution: string; reason: string; date: string }[] {
  return records.map(({ institution, reason, date }) => ({ institution, reason, date }));
}
