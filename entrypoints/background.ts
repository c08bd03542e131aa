/**
 * The background: answers the protocol's requests (utils/handlers), owns every write to storage,
 * keeps the per-tab badge, fires the re-check reminders and keeps the all-sites registration in
 * step with the setting. Wiring only: the handlers live in their own modules.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handlers } from '../utils/handlers';
import { createRouter } from '../utils/handlers/router';
import { watchTabs } from '../utils/handlers/tab-state';
import { handleAlarm, restoreRecheckAlarms } from '../utils/recheck-alarms';
import { syncAllSitesRegistration } from '../utils/all-sites';
import { openWelcomeOnInstall } from '../utils/handlers/welcome';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/')));
  watchTabs();

  browser.alarms.onAlarm.addListener((alarm) => {
    handleAlarm(alarm.name).catch(() => undefined);
  });
  const onStart = () => {
    restoreRecheckAlarms(Date.now()).catch(() => undefined);
    syncAllSitesRegistration().catch(() => undefined);
  };
  browser.runtime.onStartup.addListener(onStart);
  browser.runtime.onInstalled.addListener(onStart);
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details).catch(() => undefined));
  // The user can grant or take back the host permission in the browser's own UI.
  browser.permissions.onRemoved.addListener(() => void syncAllSitesRegistration().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncAllSitesRegistration().catch(() => undefined));
});
