/**
 * The credit-report reader (DESIGN.md surface 4, and its observable contract): paste the query
 * records or open the report's PDF; it lists each institution that queried for 贷后管理, the
 * other reasons, and the verification against requests and a saved report. Props in,
 * callbacks out: no browser access, nothing stored from here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseQueryRecords, type QueryRecordsResult, type ReportProblem } from '../rules/credit-report/parse-query-records';
import { derivedRecords, summarizeReport, type ReportSummary } from '../rules/credit-report/summarize';
import { savedReportCutoff, verifyReport, type LoggedRequest, type SavedReport } from '../rules/credit-report/verify';
import { normalizeInstitutionName, type InstitutionIndex } from '../rules/institution-directory';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';
import { ReportQuerier } from './ReportQuerier';
import { ReportVerification } from './ReportVerification';

export type ReaderProblem = ReportProblem | 'pdf-failed' | 'pdf-no-text' | 'tab-failed';

export interface ReportReaderProps {
  t: Translate;
  index: InstitutionIndex;
  rules: readonly PlatformRule[];
  /** The first logged request per platform (evidence log). */
  requests: readonly LoggedRequest[];
  savedReports: readonly SavedReport[];
  myPlatformIds: ReadonlySet<string>;
  /** Generic entries of "my platforms" under a legal name: normalized name → entry id. */
  myInstitutions: ReadonlyMap<string, string>;
  now: () => Date;
  /** Debounce of the analysis on input, in ms. */
  debounceMs?: number;
  readPdf(file: File): Promise<string>;
  /** When the popup sent the user here from a tab showing query records: read that tab's text. */
  onReadTab?: () => Promise<string>;
  onSave(reportDate: string | null, records: { institution: string; reason: string; date: string }[]): Promise<boolean>;
  onAddPlatform(platformId: string): Promise<boolean>;
  /** Resolves to the entry's id, or null when it was refused. */
  onAddInstitution(name: string): Promise<string | null>;
  onCopy(text: string): Promise<void>;
}

interface Analysis {
  parsed: QueryRecordsResult;
  summary: ReportSummary;
  problem: ReaderProblem | null;
}

/** The saved report to compare with: the newest one that covers less than this report. */
function earlierReport(saved: readonly SavedReport[], parsed: QueryRecordsResult): SavedReport | null {
  const current = parsed.reportDate ?? parsed.records.reduce<string | null>((max, r) => (!max || r.date > max ? r.date : max), null);
  let best: SavedReport | null = null;
  for (const report of saved) {
    const cutoff = savedReportCutoff(report);
    if (!cutoff || (current && cutoff >= current)) continue;
    if (!best || cutoff > (savedReportCutoff(best) ?? '')) best = report;
  }
  return best;
}

export function ReportReader(props: ReportReaderProps) {
  const { t, index, rules, requests, savedReports, myPlatformIds, myInstitutions, now, debounceMs = 300 } = props;
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [addedInstitutions, setAddedInstitutions] = useState<ReadonlyMap<string, string>>(new Map());
  const touched = useRef(false);
  const rulesById = useMemo(() => new Map(rules.map((rule) => [rule.id, rule])), [rules]);

  const analyze = (input: string, pdfProblem: ReaderProblem | null = null) => {
    const parsed = parseQueryRecords(input);
    setAnalysis({ parsed, summary: summarizeReport(parsed, index), problem: pdfProblem ?? parsed.problem });
    setSaveState('idle');
    setState('done');
  };

  useEffect(() => {
    if (!touched.current) return undefined;
    setState('working');
    const timer = setTimeout(() => analyze(text), debounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const openPdf = (file: File) => {
    setState('working');
    props.readPdf(file).then(
      (pdfText) => analyze(pdfText, pdfText.trim() ? null : 'pdf-no-text'),
      () => analyze('', 'pdf-failed'),
    );
  };

  const readTab = (read: () => Promise<string>) => {
    setState('working');
    read().then(
      (tabText) => analyze(tabText, tabText.trim() ? null : 'tab-failed'),
      () => analyze('', 'tab-failed'),
    );
  };

  const summary = analysis?.summary;
  const saved = analysis ? earlierReport(savedReports, analysis.parsed) : null;
  const entryOf = (institution: string) => {
    const key = normalizeInstitutionName(institution);
    return myInstitutions.get(key) ?? addedInstitutions.get(key);
  };
  // A querier kept as a generic entry is verified against the requests logged for that entry.
  const queriers = (summary?.postLoan ?? []).map((querier) => {
    const entry = querier.platformIds.length === 0 ? (entryOf(querier.institution) ?? (querier.directory ? entryOf(querier.directory.name) : undefined)) : undefined;
    return entry ? { ...querier, platformIds: [entry] } : querier;
  });
  const lines = analysis && summary ? verifyReport(queriers, summary.reportDate, requests, saved) : [];
  const hasRecords = analysis !== null && analysis.problem === null;

  return (
    <main class="report">
      <h1>{t('report.title')}</h1>
      <p>{t('report.intro')}</p>
      {props.onReadTab && (
        <p class="card">
          {t('report.readTab.intro')}{' '}
          <button type="button" data-testid="report-read-tab" onClick={() => readTab(props.onReadTab!)}>
            {t('report.readTab')}
          </button>
        </p>
      )}
      <label for="report-input">{t('report.inputLabel')}</label>
      <textarea
        id="report-input"
        data-contract="report-input"
        rows={10}
        spellcheck={false}
        autocomplete="off"
        placeholder={t('report.inputPlaceholder')}
        value={text}
        onInput={(event) => {
          touched.current = true;
          setText((event.target as HTMLTextAreaElement).value);
        }}
      />
      <div class="actions">
        <button type="button" data-contract="report-analyze" onClick={() => analyze(text)}>
          {t('report.analyze')}
        </button>
        <label class="file">
          {t('report.fileLabel')}
          <input
            type="file"
            accept="application/pdf,.pdf"
            data-contract="report-file"
            onChange={(event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) openPdf(file);
              input.value = '';
            }}
          />
        </label>
      </div>
      <p role="status" data-contract="report-status" data-state={state}>
        {state === 'done' && hasRecords && summary
          ? t('report.state.done', { records: analysis.parsed.records.length, queriers: summary.postLoan.length })
          : t(`report.state.${state}`)}
      </p>
      {analysis?.problem && (
        <p class="card notice" data-contract="report-empty" data-reason={analysis.problem}>
          {t(`report.empty.${analysis.problem}`)}
        </p>
      )}
      {hasRecords && summary && (
        <>
          <section aria-labelledby="post-loan-title">
            <h2 id="post-loan-title">{t('report.postLoan.title')}</h2>
            {summary.postLoan.length === 0 ? (
              <p>{t('report.postLoan.none')}</p>
            ) : (
              <ul class="queriers">
                {summary.postLoan.map((querier) => (
                  <ReportQuerier
                    key={querier.institution}
                    querier={querier}
                    rules={rulesById}
                    added={
                      querier.platformIds.length > 0
                        ? querier.platformIds.some((id) => added.has(id) || myPlatformIds.has(id))
                        : entryOf(querier.formerName && querier.directory ? querier.directory.name : querier.institution) !== undefined
                    }
                    t={t}
                    now={now}
                    onCopy={props.onCopy}
                    onAddPlatform={(platformId) =>
                      void props.onAddPlatform(platformId).then((ok) => {
                        if (ok) setAdded((current) => new Set([...current, platformId]));
                      })
                    }
                    onAddInstitution={(name) =>
                      void props.onAddInstitution(name).then((id) => {
                        if (id) setAddedInstitutions((current) => new Map([...current, [normalizeInstitutionName(name), id]]));
                      })
                    }
                  />
                ))}
              </ul>
            )}
          </section>
          {summary.otherReasons.length > 0 && (
            <section aria-labelledby="other-title">
              <h2 id="other-title">{t('report.other.title')}</h2>
              <ul class="other-reasons">
                {summary.otherReasons.map((reason) => (
                  <li key={reason.reason} data-contract="other-reason" data-reason={reason.reason}>
                    {t('report.other.item', { reason: reason.reason, count: reason.count, last: reason.lastDate })}
                  </li>
                ))}
              </ul>
              {summary.otherReasons.some((reason) => reason.reason === '担保资格审查' || reason.reason === '保后管理') && <p class="muted">{t('report.other.guarantor')}</p>}
            </section>
          )}
          {summary.selfQueryCount > 0 && <p class="muted">{t('report.self', { count: summary.selfQueryCount })}</p>}
          <ReportVerification
            lines={lines}
            saveState={saveState}
            savedReportDate={summary.reportDate}
            t={t}
            onSave={() => {
              setSaveState('saving');
              props.onSave(summary.reportDate, derivedRecords(analysis.parsed.records)).then(
                (ok) => setSaveState(ok ? 'saved' : 'failed'),
                () => setSaveState('failed'),
              );
            }}
          />
        </>
      )}
    </main>
  );
}
