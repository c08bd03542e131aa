/**
 * Schedules the reminder to re-check the credit report after N days, and shows what the saved
 * reports say about the platform (the notification itself stays generic).
 */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../utils/i18n';

interface RecheckReminderProps {
  recheckAt: string | null;
  days: number;
  t: Translate;
  onSchedule: () => void;
  onCancel: () => void;
  savedResult?: ComponentChildren;
}

export function RecheckReminder({ recheckAt, days, t, onSchedule, onCancel, savedResult }: RecheckReminderProps) {
  return (
    <section class="card" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('reminder.title')}</h2>
      {recheckAt ? (
        <p>
          <span data-testid="reminder-date">{t('reminder.scheduled', { date: recheckAt.slice(0, 10) })}</span>{' '}
          <button type="button" class="link-button" onClick={onCancel}>
            {t('reminder.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={onSchedule}>
          {t('reminder.set', { days })}
        </button>
      )}
      {savedResult}
    </section>
  );
}
