/**
 * The expanded sidebar: who the platform is; the owe-money question; the self-service steps as
 * a guide on the page; customer service with the request text and phone script; the
 * authorization type, entities, blockers and caveats; what to do when refused and how to verify.
 * Pure view: props in, callbacks out; all text is rendered as text.
 */
import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';
import type { PlatformGuide } from '../rules/resolve-guide';
import type { Translate } from '../utils/i18n';
import type { PlatformProgress } from '../utils/user-data';
import { GuideSections } from './GuideSections';
import { PageFindings, type PageFindingsData } from './PageFindings';
import { RuleContentNotice } from './RuleText';
import type { FindState } from './StepGuide';

/** platform: a rule's page; generic: a lending page not in the rules; warning: findings only. */
export type SidebarMode = 'platform' | 'generic' | 'warning';

export interface SidebarProps {
  mode: SidebarMode;
  /** Null in warning mode: a look-alike or a lure page gets no withdrawal guide. */
  guide: PlatformGuide | null;
  title: string;
  findings?: PageFindingsData | null;
  /** The page's host name, as the browser reports it. */
  host: string;
  t: Translate;
  today: Date;
  currentStep: number;
  findState: FindState;
  owesMoney: PlatformProgress['owesMoney'];
  onCollapse: () => void;
  onFindStep: (index: number) => void;
  onClearOutline: () => void;
  onOwesMoney: (value: PlatformProgress['owesMoney']) => void;
  onCopy: (text: string) => Promise<void>;
  onMute: () => void;
  collapseRef?: Ref<HTMLButtonElement>;
}

export function Sidebar(props: SidebarProps) {
  const { guide, host, t, mode } = props;
  const list = (items: string[]) => (
    <ul class="plain" lang="zh-CN">
      {items.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
  const panel = useRef<HTMLElement>(null);
  const goToCustomerService = () => {
    const heading = panel.current?.querySelector<HTMLElement>('[data-section="customer-service"] h2');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView({ block: 'start' });
    heading.focus();
  };
  return (
    <aside class="panel" ref={panel} tabIndex={-1} aria-label={t('sidebar.landmark')} data-mode={mode}>
      <header class="header">
        <div class="header-text">
          <p class="app-name">{t('appName')}</p>
          <h1 class="brand" lang={mode === 'warning' ? undefined : 'zh-CN'}>
            {props.title}
          </h1>
          {mode === 'platform' && guide && <p class="kind">{t(`lenderKind.${guide.rule.lenderKind}`)}</p>}
        </div>
        <button type="button" class="icon-button" ref={props.collapseRef} aria-label={t('sidebar.collapse')} aria-expanded="true" onClick={props.onCollapse}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
      </header>

      {/* Firefox makes a scroll container a tab stop of its own (Chromium does not when it holds
          controls): -1 keeps one Tab order in both; the controls inside scroll it into view. */}
      <div class="body" tabIndex={-1}>
        <RuleContentNotice t={t} />
        {props.findings && <PageFindings findings={props.findings} t={t} />}
        {mode === 'platform' && guide && (
          <div class="recognition">
            <p>{t('sidebar.recognized', { host, brand: guide.rule.brand })}</p>
            <p class="muted">
              {t('sidebar.checked', {
                date: guide.rule.provenance.checked,
                confidence: t(`confidence.${guide.confidence}`),
              })}
            </p>
            <p class="muted" data-confidence={guide.confidence}>
              {t(`confidenceNote.${guide.confidence}`)}
            </p>
            <details class="sources">
              <summary>{t('sidebar.sources', { count: guide.rule.provenance.sources.length })}</summary>
              <ul>
                {guide.rule.provenance.sources.map((source) => (
                  <li key={source.url} lang="zh-CN">
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                    <span class="muted">（{source.supports}）</span>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )}
        {mode === 'generic' && <p class="recognition">{t('lending.recognized')}</p>}
        {guide ? <GuideSections {...props} guide={guide} goToCustomerService={goToCustomerService} list={list} /> : <p class="note">{t('warning.protect')}</p>}

        <div class="footer">
          <p class="muted">{t('footer.privacy')}</p>
          {mode !== 'warning' && (
            <button type="button" class="link-button" onClick={props.onMute}>
              {t('sidebar.mute')}
            </button>
          )}
        </div>
      </div>
    </aside>
  );
}
