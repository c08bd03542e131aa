/**
 * Verification of a withdrawal: this report against the requests in the evidence log and a
 * saved earlier report, and the button that saves this result (derived records only).
 */
import type { VerificationLine } from '../rules/credit-report/verify';
import type { Translate } from '../utils/i18n';

interface ReportVerificationProps {
  lines: readonly VerificationLine[];
  saveState: 'idle' | 'saving' | 'saved' | 'failed';
  savedReportDate: string | null;
  t: Translate;
  onSave(): void;
}

function lineText(line: VerificationLine, t: Translate): string {
  switch (line.kind) {
    case 'queried-after-request':
      return t('report.verify.queried-after-request', { who: line.who, date: line.lastDate, request: line.requestDate, count: line.count });
    case 'none-since-request':
      return t('report.verify.none-since-request', { who: line.who, request: line.requestDate });
    case 'report-before-request':
      return t('report.verify.report-before-request', { who: line.who, request: line.requestDate });
    case 'new-since-saved':
      return t('report.verify.new-since-saved', { who: line.who, saved: line.savedReportDate, count: line.count, date: line.lastDate });
    case 'none-since-saved':
      return t('report.verify.none-since-saved', { who: line.who, saved: line.savedReportDate });
  }
}

export function ReportVerification({ lines, saveState, savedReportDate, t, onSave }: ReportVerificationProps) {
  return (
    <section class="card verification" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('report.verify.title')}</h2>
      {lines.length === 0 ? (
        <p>{t('report.verify.nothing')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={`${line.kind}:${line.who}`} data-verdict={line.kind} class={line.kind === 'queried-after-request' || line.kind === 'new-since-saved' ? 'alert-text' : undefined}>
              {lineText(line, t)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-testid="report-save" disabled={saveState === 'saving' || saveState === 'saved'} onClick={onSave}>
        {t('report.verify.save')}
      </button>
      {saveState === 'saved' && <p role="status">{t('report.verify.saved', { date: savedReportDate ?? t('report.verify.noReportDate') })}</p>}
      {saveState === 'failed' && <p role="alert">{t('report.verify.saveFailed')}</p>}
    </section>
  );
}
