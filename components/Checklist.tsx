/** The withdrawal checklist: real checkboxes, each tick dated. */
import type { ChecklistStep } from '../rules/checklist';
import type { Translate } from '../utils/i18n';
import type { PlatformProgress } from '../utils/user-data';

interface ChecklistProps {
  steps: readonly ChecklistStep[];
  checklist: PlatformProgress['checklist'];
  recheckDays: number;
  t: Translate;
  onToggle: (step: ChecklistStep, done: boolean) => void;
}

export function Checklist({ steps, checklist, recheckDays, t, onToggle }: ChecklistProps) {
  const done = steps.filter((step) => checklist[step]).length;
  return (
    <section class="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">
        {t('checklist.title')} <span class="muted">{t('checklist.progress', { done, total: steps.length })}</span>
      </h2>
      <ul class="checklist">
        {steps.map((step) => {
          const tick = checklist[step];
          const id = `step-${step}`;
          return (
            <li key={step}>
              <input
                type="checkbox"
                id={id}
                data-step={step}
                checked={tick !== undefined}
                onChange={(event) => onToggle(step, event.currentTarget.checked)}
              />
              <label for={id}>
                {t(`checklist.${step}`, { days: recheckDays })}
                {tick && <span class="muted tick-date">{t('checklist.doneOn', { date: tick.at.slice(0, 10) })}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
