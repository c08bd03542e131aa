/**
 * Verification of a withdrawal (DOMAIN.md §3): a later report is compared with the dates of the
 * user's requests in the evidence log and with a saved earlier report. "X queried for 贷后管理
 * on D, after your request of R", or "no new 贷后管理 query from X since R". Pure.
 */
import { normalizeInstitutionName } from '../institution-name';
import { isPostLoan } from './reasons';
import type { PostLoanQuerier } from './summarize';

export interface SavedRecord {
  institution: string;
  reason: string;
  date: string;
}

export interface SavedReport {
  reportDate: string | null;
  savedAt: string;
  records: readonly SavedRecord[];
}

/** The first request the user logged for a platform (evidence log), `YYYY-MM-DD`. */
export interface LoggedRequest {
  platformId: string;
  brand: string;
  date: string;
}

export type VerificationLine =
  | { kind: 'queried-after-request'; who: string; lastDate: string; count: number; requestDate: string }
  | { kind: 'none-since-request'; who: string; requestDate: string }
  | { kind: 'report-before-request'; who: string; requestDate: string }
  | { kind: 'new-since-saved'; who: string; lastDate: string; count: number; savedReportDate: string }
  | { kind: 'none-since-saved'; who: string; savedReportDate: string };

/** The date a saved report covers up to: its own date, else its newest record. */
export function savedReportCutoff(saved: SavedReport): string | null {
  if (saved.reportDate) return saved.reportDate;
  let newest: string | null = null;
  for (const record of saved.records) if (!newest || record.date > newest) newest = record.date;
  return newest;
}

/** What the comparison reads of a 贷后管理 querier: the reader's summary and a saved report's records both give it. */
export type VerifiedQuerier = Pick<PostLoanQuerier, 'institution' | 'dates' | 'lastDate' | 'platformIds'>;

export function verifyReport(
  queriers: readonly VerifiedQuerier[],
  reportDate: string | null,
  requests: readonly LoggedRequest[],
  saved: SavedReport | null,
): VerificationLine[] {
  const lines: VerificationLine[] = [];
  // The newest record stands in for a report date the text did not carry.
  const coveredUntil = reportDate ?? queriers.reduce<string | null>((max, q) => (!max || q.lastDate > max ? q.lastDate : max), null);

  const requestByPlatform = new Map<string, LoggedRequest>();
  for (const request of requests) {
    const known = requestByPlatform.get(request.platformId);
    if (!known || request.date < known.date) requestByPlatform.set(request.platformId, request);
  }
  const answered = new Set<string>();
  for (const querier of queriers) {
    const request = querier.platformIds
      .map((id) => requestByPlatform.get(id))
      .filter((found): found is LoggedRequest => found !== undefined)
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (!request) continue;
    answered.add(request.platformId);
    const after = querier.dates.filter((date) => date > request.date);
    if (after.length > 0) lines.push({ kind: 'queried-after-request', who: querier.institution, lastDate: after[0]!, count: after.length, requestDate: request.date });
    else if (coveredUntil && coveredUntil < request.date) lines.push({ kind: 'report-before-request', who: querier.institution, requestDate: request.date });
    else lines.push({ kind: 'none-since-request', who: querier.institution, requestDate: request.date });
  }
  for (const request of requestByPlatform.values()) {
    if (answered.has(request.platformId)) continue;
    if (coveredUntil && coveredUntil < request.date) lines.push({ kind: 'report-before-request', who: request.brand, requestDate: request.date });
    else lines.push({ kind: 'none-since-request', who: request.brand, requestDate: request.date });
  }

  const cutoff = saved ? savedReportCutoff(saved) : null;
  if (saved && cutoff) {
    const seen = new Set<string>();
    for (const querier of queriers) {
      seen.add(normalizeInstitutionName(querier.institution));
      const newer = querier.dates.filter((date) => date > cutoff);
      if (newer.length > 0) lines.push({ kind: 'new-since-saved', who: querier.institution, lastDate: newer[0]!, count: newer.length, savedReportDate: cutoff });
      else lines.push({ kind: 'none-since-saved', who: querier.institution, savedReportDate: cutoff });
    }
    for (const record of saved.records) {
      const key = normalizeInstitutionName(record.institution);
      if (!isPostLoan(record.reason) || seen.has(key)) continue;
      seen.add(key);
      lines.push({ kind: 'none-since-saved', who: record.institution, savedReportDate: cutoff });
    }
  }
  return lines;
}
