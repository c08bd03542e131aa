/**
 * What the user's saved credit reports say about one platform (rules/credit-report/platform-check.ts):
 * shown under the checklist's verify step and in the re-check reminder. It informs; the user
 * ticks the step. Without a saved report that covers the platform, it says so and links to the reader.
 */
import type { PlatformCheck } from '../rules/credit-report/platform-check';
import type { VerificationLine } from '../rules/credit-report/verify';
import type { Translate } from '../utils/i18n';

interface SavedReportCheckProps {
  check: PlatformCheck;
  /** The platform's funders may query under their own names (facilitators): only its known entities are checked. */
  fundersQuery: boolean;
  t: Translate;
}

const NAME = '\u0000';

/** A translated line with the institution's (or brand's) name as Chinese text of its own. */
function Line({ template, who }: { template: string; who: string }) {
  const [before, ...after] = template.split(NAME);
  return (
    <>
      {before}
      {after.length > 0 && <span lang="zh-CN">{who}</span>}
      {after.join(who)}
    </>
  );
}

function lineTemplate(line: VerificationLine, t: Translate): string {
  switch (line.kind) {
    case 'queried-after-request':
      return t('report.verify.queried-after-request', { who: NAME, date: line.lastDate, request: line.requestDate, count: line.count });
    case 'none-since-request':
      return t('report.verify.none-since-request', { who: NAME, request: line.requestDate });
    case 'report-before-request':
      return t('savedCheck.report-before-request', { who: NAME, request: line.requestDate });
    case 'new-since-saved':
      return t('savedCheck.new-since-saved', { who: NAME, saved: line.savedReportDate, count: line.count, date: line.lastDate });
    case 'none-since-saved':
      return t('savedCheck.none-since-saved', { who: NAME, saved: line.savedReportDate });
  }
}

const ALERT: ReadonlySet<VerificationLine['kind']> = new Set(['queried-after-request', 'new-since-saved']);
const NOT_CHECKED: ReadonlySet<PlatformCheck['kind']> = new Set(['no-saved-report', 'institution-unknown']);

export function SavedReportCheck({ check, fundersQuery, t }: SavedReportCheckProps) {
  const cleared = check.kind === 'compared' && check.lines.some((line) => line.kind === 'none-since-request' || line.kind === 'none-since-saved');
  return (
    <div class="saved-check" data-testid="saved-check" data-check={check.kind}>
      {check.kind === 'no-saved-report' && <p>{t('savedCheck.noSavedReport')}</p>}
      {check.kind === 'institution-unknown' && <p>{t('savedCheck.institutionUnknown', { date: check.reportDate })}</p>}
      {check.kind === 'compared' && (
        <>
          <p class="muted">{t('savedCheck.from', { date: check.reportDate })}</p>
          {check.lines.length > 0 ? (
            <ul>
              {check.lines.map((line) => (
                <li key={`${line.kind}:${line.who}`} data-verdict={line.kind} class={ALERT.has(line.kind) ? 'alert-text' : undefined}>
                  <Line template={lineTemplate(line, t)} who={line.who} />
                </li>
              ))}
            </ul>
          ) : check.queriers.length > 0 ? (
            <ul>
              {check.queriers.map((querier) => (
                <li key={querier.institution} data-verdict="queried">
                  <Line template={t('savedCheck.queried', { who: NAME, count: querier.count, date: querier.lastDate })} who={querier.institution} />
                </li>
              ))}
            </ul>
          ) : (
            <p data-verdict="no-queries">{t('savedCheck.noQueries')}</p>
          )}
          {check.lines.length === 0 && <p class="muted">{t('savedCheck.logRequest')}</p>}
          {cleared && fundersQuery && <p class="muted">{t('savedCheck.funders')}</p>}
        </>
      )}
      {(NOT_CHECKED.has(check.kind) || (check.kind === 'compared' && check.lines.some((line) => line.kind === 'report-before-request'))) && (
        <a class="link-button" href="/report.html" target="_blank" rel="noopener" data-testid="saved-check-reader">
          {t('savedCheck.openReader')}
        </a>
      )}
    </div>
  );
}
