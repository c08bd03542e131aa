/**
 * The checklist's verify step and the re-check reminder for one platform, from the saved
 * reports: the platform's legal entities picked out of the saved records (through the build's
 * slice of the rules and the directory, or a generic entry's legal name), compared by
 * verifyReport with the first logged request and the earlier saved report. Two-sided: a later
 * 贷后管理 query is "queried after", none is "no new query", no saved report is "not checked yet".
 */
import { describe, expect, it } from 'vitest';
import platformInstitutions from 'virtual:platform-institutions';
import { checkPlatform, institutionNamesOf } from '../../../rules/credit-report/platform-check';
import type { SavedReport } from '../../../rules/credit-report/verify';

const DUXIAOMAN = '重庆度小满小额贷款有限公司';
const OTHER = '马上消费金融股份有限公司';
const report = (reportDate: string | null, records: [string, string, string][], savedAt = '2026-11-20T00:00:00.000Z'): SavedReport => ({
  reportDate,
  savedAt,
  records: records.map(([institution, reason, date]) => ({ institution, reason, date })),
});
const duxiaoman = (requestDate: string | null, savedReports: SavedReport[]) =>
  checkPlatform({
    platformId: 'duxiaoman',
    brand: '度小满',
    institutionNames: institutionNamesOf('duxiaoman', platformInstitutions),
    requestDate,
    savedReports,
  });

describe('checkPlatform against the first logged request', () => {
  it('a 贷后管理 query by the platform’s entity after the request: queried after, with its date', () => {
    const saved = report('2026-11-15', [
      [DUXIAOMAN, '贷后管理', '2026-10-28'],
      [DUXIAOMAN, '贷后管理', '2026-08-01'],
      [DUXIAOMAN, '贷后管理', '2026-06-01'],
    ]);
    expect(duxiaoman('2026-07-01', [saved])).toEqual({
      kind: 'compared',
      reportDate: '2026-11-15',
      lines: [{ kind: 'queried-after-request', who: DUXIAOMAN, lastDate: '2026-10-28', count: 2, requestDate: '2026-07-01' }],
      queriers: [{ institution: DUXIAOMAN, count: 3, lastDate: '2026-10-28' }],
    });
  });

  it('queries only before the request, another reason after it, another institution after it: no new query', () => {
    const saved = report('2026-11-15', [
      [DUXIAOMAN, '贷后管理', '2026-06-01'],
      [DUXIAOMAN, '贷款审批', '2026-09-01'],
      [OTHER, '贷后管理', '2026-10-01'],
    ]);
    const check = duxiaoman('2026-07-01', [saved]);
    expect(check.kind === 'compared' && check.lines).toEqual([{ kind: 'none-since-request', who: DUXIAOMAN, requestDate: '2026-07-01' }]);
  });

  it('no record of the platform’s entities at all in a report after the request: no new query from it', () => {
    const check = duxiaoman('2026-07-01', [report('2026-11-15', [[OTHER, '贷后管理', '2026-10-01']])]);
    expect(check).toEqual({ kind: 'compared', reportDate: '2026-11-15', lines: [{ kind: 'none-since-request', who: '度小满', requestDate: '2026-07-01' }], queriers: [] });
  });

  it('a saved report older than the request cannot verify it', () => {
    const check = duxiaoman('2026-12-01', [report('2026-11-15', [[DUXIAOMAN, '贷后管理', '2026-10-28']])]);
    expect(check.kind === 'compared' && check.lines).toEqual([{ kind: 'report-before-request', who: DUXIAOMAN, requestDate: '2026-12-01' }]);
  });

  it('no saved report: not checked yet', () => {
    expect(duxiaoman('2026-07-01', [])).toEqual({ kind: 'no-saved-report' });
  });
});

describe('checkPlatform: the latest saved report against the earlier one', () => {
  const earlier = report('2026-05-01', [[DUXIAOMAN, '贷后管理', '2026-04-01'], [OTHER, '贷后管理', '2026-04-02']], '2026-05-02T00:00:00.000Z');

  it('the latest is the one covering the latest date, whatever the order saved; new queries after the earlier one', () => {
    const later = report('2026-11-15', [[DUXIAOMAN, '贷后管理', '2026-10-28'], [DUXIAOMAN, '贷后管理', '2026-04-01']], '2026-11-16T00:00:00.000Z');
    for (const saved of [[earlier, later], [later, earlier]]) {
      const check = duxiaoman(null, saved);
      expect(check.kind === 'compared' && check.lines).toEqual([{ kind: 'new-since-saved', who: DUXIAOMAN, lastDate: '2026-10-28', count: 1, savedReportDate: '2026-05-01' }]);
    }
  });

  it('none since the earlier one; the earlier report’s other institutions are not this platform’s', () => {
    const later = report('2026-11-15', [[DUXIAOMAN, '贷后管理', '2026-04-01']]);
    const check = duxiaoman(null, [earlier, later]);
    expect(check.kind === 'compared' && check.lines).toEqual([{ kind: 'none-since-saved', who: DUXIAOMAN, savedReportDate: '2026-05-01' }]);
  });

  it('one report and no request: nothing compared, the platform’s queriers listed', () => {
    const check = duxiaoman(null, [earlier]);
    expect(check).toEqual({ kind: 'compared', reportDate: '2026-05-01', lines: [], queriers: [{ institution: DUXIAOMAN, count: 1, lastDate: '2026-04-01' }] });
  });
});

describe('which names are the platform’s', () => {
  it('a former legal name in an old report counts for the platform whose rule names the entity of today', () => {
    const check = checkPlatform({
      platformId: 'mucfc',
      brand: '招联金融',
      institutionNames: institutionNamesOf('mucfc', platformInstitutions),
      requestDate: '2023-01-01',
      savedReports: [report('2023-06-01', [['招联消费金融有限公司', '贷后管理', '2023-03-01']])],
    });
    expect(check.kind === 'compared' && check.lines.map((line) => line.kind)).toEqual(['queried-after-request']);
  });

  it('a generic entry from a report is checked under its legal name; one the user typed is not known', () => {
    const saved = [report('2026-11-15', [['某某市某某小额贷款有限公司', '贷后管理', '2026-10-01']])];
    const fromReport = institutionNamesOf('custom-abc', platformInstitutions, { name: '某某市某某 小额贷款有限公司', legalEntity: true });
    const check = checkPlatform({ platformId: 'custom-abc', brand: '某某市某某小额贷款有限公司', institutionNames: fromReport, requestDate: '2026-09-01', savedReports: saved });
    expect(check.kind === 'compared' && check.lines.map((line) => line.kind)).toEqual(['queried-after-request']);
    const typed = institutionNamesOf('custom-def', platformInstitutions, { name: '某某花' });
    expect(checkPlatform({ platformId: 'custom-def', brand: '某某花', institutionNames: typed, requestDate: null, savedReports: saved })).toEqual({
      kind: 'institution-unknown',
      reportDate: '2026-11-15',
    });
  });

  it('a platform’s check does not pick up another platform’s entity', () => {
    const check = checkPlatform({
      platformId: 'msxf',
      brand: '马上消费金融',
      institutionNames: institutionNamesOf('msxf', platformInstitutions),
      requestDate: '2026-07-01',
      savedReports: [report('2026-11-15', [[DUXIAOMAN, '贷后管理', '2026-10-28']])],
    });
    expect(check.kind === 'compared' && check.lines.map((line) => line.kind)).toEqual(['none-since-request']);
  });
});
