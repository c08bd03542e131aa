/**
 * The self-service steps as a guide: each step can be found and outlined on the page, the step
 * the user is on is marked, and a step that is not on the page points to the next route.
 */
import type { GuideStep } from '../rules/resolve-guide';
import type { Translate } from '../utils/i18n';

export type FindState = { step: number; found: boolean } | null;

interface StepGuideProps {
  steps: readonly GuideStep[];
  currentStep: number;
  findState: FindState;
  t: Translate;
  onFind: (index: number) => void;
  onClear: () => void;
  onGoToCustomerService: () => void;
}

export function StepGuide({ steps, currentStep, findState, t, onFind, onClear, onGoToCustomerService }: StepGuideProps) {
  const looked = findState ? steps[findState.step] : undefined;
  return (
    <>
      <ol class="steps">
        {steps.map((step, index) => (
          <li key={step.label} class={index === currentStep ? 'is-current' : undefined} aria-current={index === currentStep ? 'step' : undefined}>
            <div class="step-row">
              <span class="step-text">
                <strong lang="zh-CN">{step.label}</strong>
                {step.synonyms.length > 0 && <span class="muted">{t('selfService.synonyms', { list: step.synonyms.join(' / ') })}</span>}
                {index === currentStep && <span class="here">{t('steps.here')}</span>}
              </span>
              <button type="button" class="small-button" aria-label={t('steps.findLabel', { label: step.label })} onClick={() => onFind(index)}>
                {t('steps.find')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div role="status" class="find-status">
        {looked && findState?.found && (
          <p>
            {t('steps.found', { label: looked.label })}{' '}
            <button type="button" class="link-button" onClick={onClear}>
              {t('steps.clear')}
            </button>
          </p>
        )}
        {looked && findState && !findState.found && (
          <p class="note" data-find-missing="">
            {t('steps.missing', { label: looked.label })}{' '}
            <button type="button" class="link-button" onClick={onGoToCustomerService}>
              {t('steps.toCustomerService')}
            </button>
          </p>
        )}
      </div>
    </>
  );
}
