/**
 * From parsed records to what the reader shows (贷后管理 queriers with counts and dates, other
 * reasons, self-queries apart), the verification against logged requests and a saved report,
 * and the request text addressed to one querier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQueryRecords } from '../../../rules/credit-report/parse-query-records';
import { derivedRecords, summarizeReport } from '../../../rules/credit-report/summarize';
import { verifyReport, type SavedReport } from '../../../rules/credit-report/verify';
import { composeQuerierRequest } from '../../../rules/credit-report/querier-request';
import { buildInstitutionIndex } from '../../../rules/institution-directory';
import { platformRules } from '../../../rules/bundled-rules';

const text = readFileSync(join(process.cwd(), 'tests/fixtures/credit-reports/second-gen-detailed.txt'), 'utf8');
const index = buildInstitutionIndex([], platformRules);
const parsed = parseQueryRecords(text);
const summary = summarizeReport(parsed, index);

describe('summarizeReport', () => {
  it('lists each 贷后管理 querier once with its count, first and last date, newest first', () => {
    expect(summary.postLoan.map((q) => [q.institution, q.count, q.firstDate, q.lastDate])).toEqual([
      ['重庆度小满小额贷款有限公司', 3, '2026-05-01', '2026-10-28'],
      ['招联消费金融股份有限公司', 1, '2026-10-02', '2026-10-02'],
      ['马上消费金融股份有限公司', 1, '2026-08-20', '2026-08-20'],
    ]);
  });

  it('maps queriers to platform rules, and names their kind', () => {
    const [duxiaoman, zhaolian, mashang] = summary.postLoan;
    expect(duxiaoman?.platformIds).toEqual(['duxiaoman']);
    expect(zhaolian?.platformIds).toEqual(['mucfc']);
    expect(mashang?.platformIds).toEqual(['msxf']);
    expect(duxiaoman?.kind).toBe('microloan-company');
    expect(zhaolian?.kind).toBe('consumer-finance-company');
  });

  it('keeps the other reasons apart, and a guarantor’s check is not 贷后管理', () => {
    expect(summary.otherReasons.map((r) => [r.reason, r.count])).toEqual([
      ['信用卡审批', 1],
      ['担保资格审查', 1],
      ['贷款审批', 1],
    ]);
    expect(summary.selfQueryCount).toBe(1);
    expect(summary.reportDate).toBe('2026-11-15');
  });

  it('a masked querier is not looked up, but its kind is read from the mask', () => {
    const masked = summarizeReport(parseQueryRecords('1 2026年10月01日 消费金融公司"CI" 贷后管理'), index);
    expect(masked.postLoan[0]).toMatchObject({ masked: true, kind: 'consumer-finance-company', platformIds: [], directory: null });
  });

  it('the derived records hold institution, reason and date only', () => {
    expect(derivedRecords(parsed.records)[0]).toEqual({ institution: '重庆度小满小额贷款有限公司', reason: '贷后管理', date: '2026-10-28' });
    expect(Object.keys(derivedRecords(parsed.records)[0]!).sort()).toEqual(['date', 'institution', 'reason']);
  });
});

describe('verifyReport', () => {
  it('a query after the request is named with both dates; a platform without one since is cleared', () => {
    const lines = verifyReport(summary.postLoan, summary.reportDate, [
      { platformId: 'duxiaoman', brand: '度小满', date: '2026-09-20' },
      { platformId: 'duxiaoman', brand: '度小满', date: '2026-10-30' },
      { platformId: 'mucfc', brand: '招联', date: '2026-10-10' },
      { platformId: 'webank', brand: '微众银行', date: '2026-08-01' },
    ], null);
    expect(lines).toEqual([
      { kind: 'queried-after-request', who: '重庆度小满小额贷款有限公司', lastDate: '2026-10-28', count: 1, requestDate: '2026-09-20' },
      { kind: 'none-since-request', who: '招联消费金融股份有限公司', requestDate: '2026-10-10' },
      { kind: 'none-since-request', who: '微众银行', requestDate: '2026-08-01' },
    ]);
  });

  it('a report older than the request cannot verify it', () => {
    const lines = verifyReport(summary.postLoan, summary.reportDate, [{ platformId: 'mucfc', brand: '招联', date: '2026-12-01' }], null);
    expect(lines).toEqual([{ kind: 'report-before-request', who: '招联消费金融股份有限公司', requestDate: '2026-12-01' }]);
  });

  it('compared with a saved report: new queries since, and none since', () => {
    const saved: SavedReport = {
      reportDate: '2026-09-20',
      savedAt: '2026-09-20T10:00:00.000Z',
      records: [
        { institution: '重庆度小满小额贷款有限公司', reason: '贷后管理', date: '2026-09-15' },
        { institution: '示例小额贷款有限公司', reason: '贷后管理', date: '2026-09-01' },
        { institution: '示例银行股份有限公司', reason: '贷款审批', date: '2026-09-01' },
      ],
    };
    expect(verifyReport(summary.postLoan, summary.reportDate, [], saved)).toEqual([
      { kind: 'new-since-saved', who: '重庆度小满小额贷款有限公司', lastDate: '2026-10-28', count: 1, savedReportDate: '2026-09-20' },
      { kind: 'new-since-saved', who: '招联消费金融股份有限公司', lastDate: '2026-10-02', count: 1, savedReportDate: '2026-09-20' },
      { kind: 'none-since-saved', who: '马上消费金融股份有限公司', savedReportDate: '2026-09-20' },
      { kind: 'none-since-saved', who: '示例小额贷款有限公司', savedReportDate: '2026-09-20' },
    ]);
  });
});

describe('composeQuerierRequest', () => {
  const date = new Date(2026, 10, 15);
  it('addresses the platform’s letter to this legal entity alone', () => {
    const rule = platformRules.find((r) => r.id === 'duxiaoman')!;
    const letter = composeQuerierRequest('重庆度小满小额贷款有限公司', rule, date);
    expect(letter.split('\n')[0]).toBe('致重庆度小满小额贷款有限公司：');
    expect(letter).toContain('贷后管理');
  });

  it('names an institution without a rule, asks to end the credit relationship and to stop querying', () => {
    const letter = composeQuerierRequest('示例小额贷款有限公司', null, date);
    expect(letter.split('\n')[0]).toBe('致示例小额贷款有限公司：');
    expect(letter).toContain('注销');
    expect(letter).toContain('第十五条');
    expect(letter).toContain('2026年11月15日');
  });
});
