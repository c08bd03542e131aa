/**
 * What the popup needs from the browser, behind one interface so the UI can be tested with a
 * fake. Everything here runs in the popup's own context.
 */
import { browser } from 'wxt/browser';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { platformRules } from '../../rules/bundled-rules';
import type { CancelRecheckMessage, GetTabStateMessage, ScheduleRecheckMessage, TabState } from '../../utils/messages';
import { dismissNotices, progressItem, readItem, readNotices, settingsItem, writeItem } from '../../utils/storage';
import type { Progress, Settings } from '../../utils/user-data';

export type PageAnalysis = { kind: 'platform'; platformId: string } | { kind: 'none' } | { kind: 'failed' };

export interface PopupServices {
  now(): Date;
  loadSettings(): Promise<Settings>;
  loadProgress(): Promise<Progress>;
  saveProgress(progress: Progress): Promise<void>;
  loadNotices(): Promise<string[]>;
  dismissNotices(): Promise<void>;
  loadTabState(): Promise<TabState | null>;
  scheduleRecheck(platformId: string, when: Date): Promise<void>;
  cancelRecheck(platformId: string): Promise<void>;
  analyzePage(): Promise<PageAnalysis>;
  showSidebar(): Promise<void>;
  copy(text: string): Promise<void>;
  openOptions(): void;
}

/** `?tab=N` names the tab explicitly (when the popup is opened as a page). */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function createBrowserServices(): PopupServices {
  return {
    now: () => new Date(),
    loadSettings: () => readItem(settingsItem),
    loadProgress: () => readItem(progressItem),
    saveProgress: (progress) => writeItem(progressItem, progress),
    loadNotices: async () => (await readNotices()).map((notice) => notice.item),
    dismissNotices,
    async loadTabState() {
      const tabId = await targetTabId();
      if (tabId === null) return null;
      const message: GetTabStateMessage = { type: 'get-tab-state', tabId };
      return ((await browser.runtime.sendMessage(message)) as TabState | null) ?? null;
    },
    async scheduleRecheck(platformId, when) {
      const message: ScheduleRecheckMessage = { type: 'schedule-recheck', platformId, when: when.getTime() };
      await browser.runtime.sendMessage(message);
    },
    async cancelRecheck(platformId) {
      const message: CancelRecheckMessage = { type: 'cancel-recheck', platformId };
      await browser.runtime.sendMessage(message);
    },
    async analyzePage() {
      const tabId = await targetTabId();
      if (tabId === null) return { kind: 'failed' };
      try {
        // activeTab grants this for the tab the user opened the popup on; nothing else is read.
        const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => location.hostname });
        const hostname = typeof result?.result === 'string' ? result.result : '';
        const rule = matchHost(buildHostIndex(platformRules), hostname);
        return rule ? { kind: 'platform', platformId: rule.id } : { kind: 'none' };
      } catch {
        return { kind: 'failed' };
      }
    },
    async showSidebar() {
      const tabId = await targetTabId();
      if (tabId === null) return;
      await browser.scripting.executeScript({
        target: { tabId },
        func: () => {
          (globalThis as { __creditAuthForceShow?: boolean }).__creditAuthForceShow = true;
        },
      });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/sidebar.js'] });
    },
    copy: (text) => navigator.clipboard.writeText(text),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
