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
import { Badge } from './Badge';
import { OwesMoneyQuestion } from './OwesMoneyQuestion';
import { RequestLetter } from './RequestLetter';
import { PageFindings, type PageFindingsData } from './PageFindings';
import { Section } from './Section';
import { StepGuide, type FindState } from './StepGuide';

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
    <ul class="plain">
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
          <h1 class="brand">{props.title}</h1>
          {mode === 'platform' && guide && <p class="kind">{t(`lenderKind.${guide.rule.lenderKind}`)}</p>}
        </div>
        <button type="button" class="icon-button" ref={props.collapseRef} aria-label={t('sidebar.collapse')} aria-expanded="true" onClick={props.onCollapse}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
      </header>

      <div class="body">
        {props.findings && <PageFindings findings={props.findings} t={t} />}
        {mode === 'platform' && guide && (
          <div class="recognition">
            <p>{t('sidebar.recognized', { host, brand: guide.rule.brand })}</p>
            <p class="muted">
              {t('sidebar.checked', {
                date: guide.rule.provenance.checked,
                confidence: t(`confidence.${guide.rule.provenance.confidence}`),
              })}
            </p>
            <details class="sources">
              <summary>{t('sidebar.sources', { count: guide.rule.provenance.sources.length })}</summary>
              <ul>
                {guide.rule.provenance.sources.map((source) => (
                  <li key={source.url}>
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

interface GuideSectionsProps extends SidebarProps {
  guide: PlatformGuide;
  goToCustomerService: () => void;
  list: (items: string[]) => preact.JSX.Element;
}

/** The withdrawal guide: decision, steps, customer service, authorization, entities, caveats. */
function GuideSections(props: GuideSectionsProps) {
  const { guide, t, list, goToCustomerService } = props;
  return (
    <>
        <Section id="decision" title={t('section.decision')}>
          <OwesMoneyQuestion name={`cah-owes-${guide.rule.id}`} value={props.owesMoney} t={t} onChange={props.onOwesMoney} />
        </Section>

        <Section id="self-service" title={t('section.selfService')}>
          {guide.selfService.source === 'platform' ? (
            <p>
              {t('selfService.platformPath', { surface: t(`selfService.surface.${guide.selfService.surface}`) })}
              {!guide.selfService.confirmed && <Badge tone="warn" text={t('badge.unconfirmed')} />}
            </p>
          ) : (
            <p>
              {guide.selfService.intro}
              <Badge tone="info" text={t('badge.generic')} />
            </p>
          )}
          <StepGuide
            steps={guide.selfService.steps}
            currentStep={props.currentStep}
            findState={props.findState}
            t={t}
            onFind={props.onFindStep}
            onClear={props.onClearOutline}
            onGoToCustomerService={goToCustomerService}
          />
          {guide.selfService.source === 'generic' && <p>{guide.selfService.fallback}</p>}
        </Section>

        <Section id="customer-service" title={t('section.customerService')}>
          <p>{guide.customerServiceIntro}</p>
          {guide.channels.length > 0 && (
            <ul class="plain">
              {guide.channels.map((channel) => (
                <li key={channel.kind + (channel.kind === 'phone' ? channel.number : channel.kind === 'web' ? channel.url : channel.entry)}>
                  {channel.kind === 'phone' && (
                    <>
                      {t('customerService.phone', { number: channel.number })}{' '}
                      <a href={channel.source} target="_blank" rel="noopener noreferrer" class="muted">
                        {t('customerService.phoneSource')}
                      </a>
                    </>
                  )}
                  {channel.kind === 'in-app' && (
                    <>
                      {t('customerService.inApp', { entry: channel.entry })}
                      {!channel.confirmed && <Badge tone="warn" text={t('badge.unconfirmed')} />}
                    </>
                  )}
                  {channel.kind === 'web' && (
                    <a href={channel.url} target="_blank" rel="noopener noreferrer">
                      {t('customerService.web')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!guide.hasVerifiedPhone && (
            <p class="note" data-no-phone="">
              {t('customerService.noPhone')}
            </p>
          )}
          {list(guide.customerServiceAsk)}
          <h3>{t('section.request')}</h3>
          <RequestLetter rule={guide.rule} today={props.today} t={t} onCopy={props.onCopy} withFields={false} bare />
        </Section>

        <Section id="authorization" title={t('section.authorization')}>
          <p data-authorization={guide.rule.typicalAuthorization}>
            {t('authorization.typical')}
            <strong>{t(`authorization.${guide.rule.typicalAuthorization}`)}</strong>
          </p>
          {guide.rule.typicalAuthorization === 'unknown' && <p>{guide.authorizationKinds.unknown}</p>}
          <h3>{t('authorization.kinds')}</h3>
          {list([guide.authorizationKinds['one-time'], guide.authorizationKinds.continuous])}
        </Section>

        {props.mode === 'platform' && (
        <Section id="entities" title={t('section.entities')}>
          <ul class="plain">
            {guide.rule.legalEntities.map((entity) => (
              <li key={entity.name}>
                {entity.name}
                <span class="muted">（{t(`role.${entity.role}`)}）</span>
              </li>
            ))}
          </ul>
          {guide.rule.fundersQuery && <p class="note">{t('entities.fundersNote')}</p>}
        </Section>
        )}

        <Section id="blockers" title={t('section.blockers')}>
          {list(guide.blockers)}
        </Section>

        <Section id="caveats" title={t('section.caveats')}>
          {list(guide.caveats)}
        </Section>

        <Section id="when-refused" title={t('section.whenRefused')}>
          {list(guide.whenRefused)}
        </Section>

        <Section id="verify" title={t('section.verify')}>
          <p>{guide.verify}</p>
        </Section>

    </>
  );
}
