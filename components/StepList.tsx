/** Numbered self-service steps, each with the other wordings the entry may carry. */
import type { GuideStep } from '../rules/resolve-guide';
import type { Translate } from '../utils/i18n';

interface StepListProps {
  steps: GuideStep[];
  t: Translate;
}

export function StepList({ steps, t }: StepListProps) {
  return (
    <ol class="steps">
      {steps.map((step) => (
        <li key={step.label}>
          <strong>{step.label}</strong>
          {step.synonyms.length > 0 && (
            <span class="muted">{t('selfService.synonyms', { list: step.synonyms.join(' / ') })}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
