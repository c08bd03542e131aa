/** "Do you still owe money here?" leads to settle-first advice or to the withdrawal path. */
import type { Translate } from '../utils/i18n';
import type { PlatformProgress } from '../utils/user-data';

interface OwesMoneyQuestionProps {
  value: PlatformProgress['owesMoney'];
  name: string;
  t: Translate;
  onChange: (value: PlatformProgress['owesMoney']) => void;
}

const CHOICES = ['yes', 'no', 'unknown'] as const;

export function OwesMoneyQuestion({ value, name, t, onChange }: OwesMoneyQuestionProps) {
  return (
    <fieldset class="card owes" data-owes={value}>
      <legend>{t('owes.question')}</legend>
      <div class="choices">
        {CHOICES.map((choice) => (
          <label key={choice}>
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {t(`owes.${choice}`)}
          </label>
        ))}
      </div>
      <p class="advice">{t(`owes.${value}Advice`)}</p>
    </fieldset>
  );
}
