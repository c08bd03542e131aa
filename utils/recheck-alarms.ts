/**
 * Re-check reminders: one alarm per platform, named `recheck:<id>`. Alarms may not survive a
 * browser restart, so the stored `recheckAt` is the truth and `restoreRecheckAlarms` re-creates
 * them at start-up (a reminder that fell due while the browser was closed fires at once).
 */
import { browser } from 'wxt/browser';
import { platformRules } from '../rules/bundled-rules';
import { createTranslator } from './i18n';
import { progressItem, readItem, settingsItem, updateItem } from './storage';

const PREFIX = 'recheck:';
export const alarmName = (platformId: string) => `${PREFIX}${platformId}`;

export async function scheduleRecheck(platformId: string, when: number): Promise<void> {
  await browser.alarms.create(alarmName(platformId), { when });
}

export async function cancelRecheck(platformId: string): Promise<void> {
  await browser.alarms.clear(alarmName(platformId));
}

export async function notifyRecheck(platformId: string): Promise<void> {
  const rule = platformRules.find((candidate) => candidate.id === platformId);
  if (!rule) return;
  const t = createTranslator((await readItem(settingsItem)).locale);
  await browser.notifications.create(alarmName(platformId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminder.notificationTitle'),
    message: t('reminder.notificationBody', { brand: rule.brand }),
  });
  await updateItem(progressItem, (progress) => {
    const entry = progress[platformId];
    return entry ? { ...progress, [platformId]: { ...entry, recheckAt: null } } : progress;
  });
}

export async function handleAlarm(name: string): Promise<void> {
  if (name.startsWith(PREFIX)) await notifyRecheck(name.slice(PREFIX.length));
}

export async function restoreRecheckAlarms(now: number): Promise<void> {
  const progress = await readItem(progressItem);
  for (const [platformId, entry] of Object.entries(progress)) {
    if (!entry.recheckAt) continue;
    const when = Date.parse(entry.recheckAt);
    if (when <= now) await notifyRecheck(platformId);
    else if (!(await browser.alarms.get(alarmName(platformId)))) await scheduleRecheck(platformId, when);
  }
}
