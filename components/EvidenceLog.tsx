/** The contact log of one platform: date, channel, ticket number and what was said. */
import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { EVIDENCE_CHANNELS } from '../utils/user-data-values';
import type { EvidenceEntry } from '../utils/user-data';

interface EvidenceLogProps {
  entries: readonly EvidenceEntry[];
  today: string;
  t: Translate;
  onAdd: (entry: Omit<EvidenceEntry, 'id'>) => void;
  onDelete: (id: string) => void;
}

export function EvidenceLog({ entries, today, t, onAdd, onDelete }: EvidenceLogProps) {
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState<EvidenceEntry['channel']>('phone');
  const [ticket, setTicket] = useState('');
  const [note, setNote] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    if (!note.trim() && !ticket.trim()) return;
    onAdd({ date, channel, ticket: ticket.trim().slice(0, 200), note: note.trim().slice(0, 5000) });
    setTicket('');
    setNote('');
  };

  return (
    <section class="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('evidence.empty')}</p>
      ) : (
        <ul class="evidence" data-testid="evidence-entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <div class="evidence-head">
                <span>{entry.date}</span>
                <span>{t(`channel.${entry.channel}`)}</span>
                {entry.ticket && <span class="ticket">#{entry.ticket}</span>}
                <button type="button" class="link-button" onClick={() => onDelete(entry.id)} aria-label={`${t('evidence.delete')} ${entry.date}`}>
                  {t('evidence.delete')}
                </button>
              </div>
              {entry.note && <p class="evidence-note">{entry.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <form class="evidence-form" onSubmit={submit}>
        <label>
          {t('evidence.date')}
          <input type="date" value={date} required onInput={(event) => setDate(event.currentTarget.value)} />
        </label>
        <label>
          {t('evidence.channel')}
          <select value={channel} onChange={(event) => setChannel(event.currentTarget.value as EvidenceEntry['channel'])}>
            {EVIDENCE_CHANNELS.map((option) => (
              <option key={option} value={option}>
                {t(`channel.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evidence.ticket')}
          <input type="text" value={ticket} maxLength={200} onInput={(event) => setTicket(event.currentTarget.value)} />
        </label>
        <label class="wide">
          {t('evidence.note')}
          <textarea value={note} maxLength={5000} rows={2} onInput={(event) => setNote(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('evidence.add')}</button>
      </form>
    </section>
  );
}
