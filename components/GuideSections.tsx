/**
 * The withdrawal guide inside the sidebar: the owe-money question, the self-service steps,
 * customer service with the request text, the authorization type, entities, blockers, caveats,
 * what to do when refused and how to verify.
 */
import type { JSX } from 'preact';
import type { PlatformGuide } from '../rules/resolve-guide';
import { Badge } from './Badge';
import { OwesMoneyQuestion } from './OwesMoneyQuestion';
import { RequestText } from './RequestText';
import { Section } from './Section';
import type { SidebarProps } from './Sidebar';
import { StepGuide } from './StepGuide';

export interface GuideSectionsProps extends SidebarProps {
  guide: PlatformGuide;
  goToCustomerService: () => void;
  list: (items: string[]) => JSX.Element;
}

/** The withdrawal guide: decision, steps, customer service, authorization, entities, caveats. */
export function GuideSections(props: GuideSectionsProps) {
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
              <span lang="zh-CN">{guide.selfService.intro}</span>
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
          {guide.selfService.source === 'generic' && <p lang="zh-CN">{guide.selfService.fallback}</p>}
        </Section>

        <Section id="customer-service" title={t('section.customerService')}>
          <p lang="zh-CN">{guide.customerServiceIntro}</p>
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
          {guide.requestText && <RequestText letter={guide.requestText.letter} script={guide.requestText.script} t={t} onCopy={props.onCopy} />}
        </Section>

        <Section id="authorization" title={t('section.authorization')}>
          <p data-authorization={guide.rule.typicalAuthorization}>
            {t('authorization.typical')}
            <strong>{t(`authorization.${guide.rule.typicalAuthorization}`)}</strong>
          </p>
          {guide.rule.typicalAuthorization === 'unknown' && <p lang="zh-CN">{guide.authorizationKinds.unknown}</p>}
          <h3>{t('authorization.kinds')}</h3>
          {list([guide.authorizationKinds['one-time'], guide.authorizationKinds.continuous])}
        </Section>

        {props.mode === 'platform' && (
        <Section id="entities" title={t('section.entities')}>
          {guide.rule.legalEntities.length === 0 && <p data-entities="unknown">{t('confidenceNote.entitiesUnknown')}</p>}
          <ul class="plain">
            {guide.rule.legalEntities.map((entity) => (
              <li key={entity.name}>
                <span lang="zh-CN">{entity.name}</span>
                <span class="muted">{t('entities.roleNote', { role: t(`role.${entity.role}`) })}</span>
                {guide.facts.some((fact) => fact.kind === 'entity' && fact.label === entity.name && fact.state === 'unconfirmed') && (
                  <Badge tone="warn" text={t('badge.unconfirmed')} />
                )}
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
          <p lang="zh-CN">{guide.verify}</p>
        </Section>

    </>
  );
}
