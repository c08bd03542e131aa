/**
 * Per-tab state (which platform a tab shows, on the action's badge and title, answered to the
 * popup), and the re-check reminders (alarms → notifications). Tab state lives in
 * storage.session so it survives the service worker sleeping.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { platformRules } from '../rules/bundled-rules';
import { runtimeMessageSchema, tabStateSchema, type PageRecognizedMessage, type TabState } from '../utils/messages';
import { cancelRecheck, handleAlarm, restoreRecheckAlarms, scheduleRecheck } from '../utils/recheck-alarms';
import { syncAllSitesRegistration } from '../utils/all-sites';
import { progressItem, readItem, settingsItem, siteUiItem, updateItem } from '../utils/storage';
import { newPlatformProgress } from '../utils/user-data';
import { handleReportMessage, REPORT_MESSAGE_TYPES } from '../utils/handlers/report-snapshots';

const tabKey = (tabId: number) => `tab:${tabId}`;

async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = tabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

async function recordTabState(tabId: number, message: PageRecognizedMessage, brand: string | undefined): Promise<void> {
  const state: TabState = { kind: message.kind, platformId: message.platformId };
  await Promise.all([
    browser.storage.session.set({ [tabKey(tabId)]: state }),
    browser.action.setBadgeText({ tabId, text: '征' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }),
    browser.action.setTitle({ tabId, title: brand ? `征信授权助手 · ${brand}` : '征信授权助手' }),
  ]);
}

/** The all-sites second stage, into the frame whose first stage asked (host access is granted). */
async function injectClassifier(tabId: number, frameId: number): Promise<void> {
  const { allSitesRecognition } = await readItem(settingsItem);
  if (!allSitesRecognition) return;
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/all-sites.js'] })
    .catch(() => undefined);
}

export default defineBackground(() => {
  const brandById = new Map(platformRules.map((rule) => [rule.id, rule.brand]));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only our own contexts can message us; still, nothing unvalidated is acted on.
    if (sender.id !== browser.runtime.id) return undefined;
    // The credit-report reader's requests (validated by their handler).
    if (REPORT_MESSAGE_TYPES.includes((raw as { type?: unknown } | null)?.type as string)) return handleReportMessage(raw, browser);
    const parsed = runtimeMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    switch (message.type) {
      case 'page-analysis':
        return undefined; // for the popup that asked
      case 'lending-gate-passed': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return injectClassifier(tabId, sender.frameId ?? 0);
      }

      case 'get-tab-state':
        return readTabState(message.tabId);
      case 'schedule-recheck':
        return brandById.has(message.platformId) ? scheduleRecheck(message.platformId, message.when) : undefined;
      case 'cancel-recheck':
        return cancelRecheck(message.platformId);
      case 'set-site-ui':
        return updateItem(siteUiItem, (siteUi) => ({ ...siteUi, [message.host]: { collapsed: message.collapsed } })).then(() => undefined);
      case 'mute-site':
        return updateItem(settingsItem, (settings) => ({
          ...settings,
          mutedSites: [...new Set([...settings.mutedSites, message.host])].slice(-2000),
        })).then(() => undefined);
      case 'set-owes-money': {
        if (!brandById.has(message.platformId)) return undefined;
        const now = new Date();
        return updateItem(progressItem, (progress) => {
          const entry = progress[message.platformId] ?? newPlatformProgress(now);
          const status = entry.status === 'not-started' ? 'in-progress' : entry.status;
          return { ...progress, [message.platformId]: { ...entry, status, owesMoney: message.owesMoney, updatedAt: now.toISOString() } };
        }).then(() => undefined);
      }
      case 'page-recognized': {
        const tabId = sender.tab?.id;
        const brand = message.platformId ? brandById.get(message.platformId) : undefined;
        if (tabId === undefined || (message.platformId && !brand)) return undefined;
        return recordTabState(tabId, message, brand);
      }
    }
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document starts: forget the old page until its content script reports again.
    if (changeInfo.status === 'loading') {
      void clearTabState(tabId);
      void browser.action.setBadgeText({ tabId, text: '' });
      void browser.action.setTitle({ tabId, title: '征信授权助手' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm.name));
  const onStart = () => {
    void restoreRecheckAlarms(Date.now());
    void syncAllSitesRegistration();
  };
  browser.runtime.onStartup.addListener(onStart);
  browser.runtime.onInstalled.addListener(onStart);
  // The user can grant or take back the host permission in the browser's own UI.
  browser.permissions.onRemoved.addListener(() => void syncAllSitesRegistration());
  browser.permissions.onAdded.addListener(() => void syncAllSitesRegistration());
});
