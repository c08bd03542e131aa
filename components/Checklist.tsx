/**
 * The withdrawal checklist: real checkboxes, each tick dated. The verify step shows what the
 * saved credit reports say (when the popup has them); the user still ticks it.
 */
import type { ComponentChildren } from 'preact';
import type { ChecklistStep } from '../rules/checklist';
import type { Translate } from '../utils/i18n';
import type { PlatformProgress } from '../utils/user-data';

interface ChecklistProps {
  steps: readonly ChecklistStep[];
  checklist: PlatformProgress['checklist'];
  recheckDays: number;
  t: Translate;
  onToggle: (step: ChecklistStep, done: boolean) => void;
  /** Shown under the verify step ('recheck-report'). */
  verifyResult?: ComponentChildren;
}

export function Checklist({ steps, checklist, recheckDays, t, onToggle, verifyResult }: ChecklistProps) {
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
              <div class="step-body">
                <label for={id}>
                  {t(`checklist.${step}`, { days: recheckDays })}
                  {tick && <span class="muted tick-date">{t('checklist.doneOn', { date: tick.at.slice(0, 10) })}</span>}
                </label>
                {step === 'recheck-report' && verifyResult}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
