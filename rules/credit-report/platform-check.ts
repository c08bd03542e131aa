/**
 * The checklist's verify step and the re-check reminder for one platform: what the user's saved
 * credit reports say about the legal entities that query for it. The latest saved report is
 * compared with the earlier one and with the platform's first logged request by verifyReport
 * (verify.ts), the one comparison of the reader; this only picks the platform's records out of
 * the saved ones. It reports, it never ticks: the user ticks the step. Pure.
 */
import { normalizeInstitutionName } from '../institution-name';
import { isPostLoan } from './reasons';
import { savedReportCutoff, verifyReport, type SavedReport, type VerificationLine, type VerifiedQuerier } from './verify';

export interface PlatformCheckInput {
  platformId: string;
  brand: string;
  /** The legal names (current and former) a report may print for this platform. */
  institutionNames: readonly string[];
  /** The first request logged for it (evidence log), `YYYY-MM-DD`. */
  requestDate: string | null;
  savedReports: readonly SavedReport[];
}

export type PlatformCheck =
  /** No saved report: nothing to check with yet. */
  | { kind: 'no-saved-report' }
  /** Reports are saved, but which legal entity queries for this platform is not known. */
  | { kind: 'institution-unknown'; reportDate: string }
  | {
      kind: 'compared';
      /** The date the latest saved report covers up to. */
      reportDate: string;
      /** The comparison (may be empty: no request logged and no earlier report). */
      lines: VerificationLine[];
      /** The platform's 贷后管理 queriers in the latest saved report. */
      queriers: { institution: string; count: number; lastDate: string }[];
    };

/** The platform's 贷后管理 queriers of one saved report, as the comparison reads them (dates newest first). */
function queriersOf(report: SavedReport, names: ReadonlySet<string>, platformId: string): VerifiedQuerier[] {
  const byName = new Map<string, { institution: string; dates: string[] }>();
  for (const record of report.records) {
    const key = normalizeInstitutionName(record.institution);
    if (!names.has(key) || !isPostLoan(record.reason)) continue;
    const entry = byName.get(key) ?? { institution: record.institution, dates: [] };
    entry.dates.push(record.date);
    byName.set(key, entry);
  }
  return [...byName.values()].map(({ institution, dates }) => {
    const sorted = [...dates].sort().reverse();
    return { institution, dates: sorted, lastDate: sorted[0]!, platformIds: [platformId] };
  });
}

export function checkPlatform({ platformId, brand, institutionNames, requestDate, savedReports }: PlatformCheckInput): PlatformCheck {
  const dated = savedReports
    .map((report) => ({ report, cutoff: savedReportCutoff(report) }))
    .filter((entry): entry is { report: SavedReport; cutoff: string } => entry.cutoff !== null)
    .sort((a, b) => (a.cutoff < b.cutoff ? 1 : a.cutoff > b.cutoff ? -1 : a.report.savedAt < b.report.savedAt ? 1 : -1));
  const latest = dated[0];
  if (!latest) return { kind: 'no-saved-report' };
  const names = new Set(institutionNames.map(normalizeInstitutionName).filter((name) => name !== ''));
  if (names.size === 0) return { kind: 'institution-unknown', reportDate: latest.cutoff };
  const earlier = dated.find((entry) => entry.cutoff < latest.cutoff);
  // The earlier report with this platform's records only: its other institutions are not this step's business.
  const earlierOwn = earlier
    ? { ...earlier.report, reportDate: earlier.cutoff, records: earlier.report.records.filter((record) => names.has(normalizeInstitutionName(record.institution))) }
    : null;
  const queriers = queriersOf(latest.report, names, platformId);
  const requests = requestDate ? [{ platformId, brand, date: requestDate }] : [];
  const lines = verifyReport(queriers, latest.cutoff, requests, earlierOwn);
  return {
    kind: 'compared',
    reportDate: latest.cutoff,
    lines,
    queriers: queriers.map(({ institution, dates, lastDate }) => ({ institution, count: dates.length, lastDate })),
  };
}

/**
 * The names to look for: a rule's from the build's slice (its legal entities and the directory's
 * entries for it, former names included); a generic entry's from its own name when that is a
 * legal name from a report; none for a name the user typed (a brand is not what a report prints).
 */
export function institutionNamesOf(
  platformId: string,
  byPlatform: Readonly<Record<string, readonly string[]>>,
  custom?: { name: string; legalEntity?: boolean },
): readonly string[] {
  if (custom) return custom.legalEntity ? [custom.name] : [];
  return byPlatform[platformId] ?? [];
}
