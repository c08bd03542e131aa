/**
 * "My platform is not listed": the generic checklist, the generic self-service route, the
 * request text and the phone script for the name the user types, and a way to keep it in
 * "my platforms" as a custom entry. Claims nothing about the platform itself.
 */
import { useState } from 'preact/hooks';
import { checklistFor } from '../rules/checklist';
import { cleanPlatformName, customPlatformRule } from '../rules/custom-platform';
import type { GenericGuidance } from '../rules/schema';
import type { Translate } from '../utils/i18n';
import { RequestLetter } from './RequestLetter';
import { RuleText } from './RuleText';

interface UnlistedPlatformProps {
  initialName: string;
  generic: GenericGuidance;
  today: Date;
  recheckDays: number;
  t: Translate;
  onCopy: (text: string) => Promise<void>;
  onDownload?: (fileName: string, text: string) => void;
  onSave: (name: string) => void;
  onBack: () => void;
}

export function UnlistedPlatform(props: UnlistedPlatformProps) {
  const { generic, t } = props;
  const [name, setName] = useState(props.initialName);
  const clean = cleanPlatformName(name);
  const standIn = clean ? customPlatformRule(generic, 'custom-preview', clean) : null;
  return (
    <div class="detail unlisted" data-testid="unlisted">
      <header class="detail-head">
        <button type="button" class="link-button" onClick={props.onBack}>
          ← {t('popup.back')}
        </button>
        <h2 class="detail-title">{t('unlisted.title')}</h2>
        <p class="muted">{t('unlisted.intro')}</p>
        <label class="field-stacked">
          {t('unlisted.name')}
          <input type="text" autoComplete="off" maxLength={40} value={name} onInput={(event) => setName(event.currentTarget.value)} />
        </label>
      </header>
      {!standIn ? (
        <p class="muted">{t('unlisted.typeName')}</p>
      ) : (
        <>
          <section class="card" aria-labelledby="unlisted-checklist">
            <h2 id="unlisted-checklist">{t('checklist.title')}</h2>
            <ol class="plain-list">
              {checklistFor(standIn).map((step) => (
                <li key={step}>{t(`checklist.${step}`, { days: props.recheckDays })}</li>
              ))}
            </ol>
          </section>
          <section class="card" aria-labelledby="unlisted-route">
            <h2 id="unlisted-route">{t('unlisted.route')}</h2>
            <RuleText t={t} label>
              <p>{generic.selfService.intro}</p>
              <ol class="plain-list">
                {generic.selfService.steps.map((step) => (
                  <li key={step.label}>
                    {step.label}
                    {step.synonyms.length > 0 && `（${step.synonyms.join(' / ')}）`}
                  </li>
                ))}
              </ol>
              <p>{generic.selfService.fallback}</p>
            </RuleText>
          </section>
          <RequestLetter rule={standIn} today={props.today} t={t} onCopy={props.onCopy} onDownload={props.onDownload} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => props.onSave(clean)}>
              {t('unlisted.save', { name: clean })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
