/**
 * What the popup needs from the browser, behind one interface so the UI can be tested with a
 * fake. Everything here runs in the popup's own context.
 */
import { browser } from 'wxt/browser';
import {
  pageAnalysisSchema,
  type CancelRecheckMessage,
  type GetTabStateMessage,
  type PageAnalysisMessage,
  type ScheduleRecheckMessage,
  type TabState,
  type UnmuteSiteMessage,
} from '../../utils/messages';
import {
  customPlatformsItem,
  dismissNotices,
  letterDraftsItem,
  progressItem,
  readItem,
  readNotices,
  settingsItem,
  writeItem,
} from '../../utils/storage';
import type { CustomPlatforms, LetterDrafts, Progress, Settings } from '../../utils/user-data';

export type PageAnalysis =
  | { kind: 'platform' | 'lookalike' | 'lending' | 'predatory'; platformId: string | null; letter: PageAnalysisMessage['letter']; lures: string[] }
  | { kind: 'none'; letter: PageAnalysisMessage['letter'] }
  | { kind: 'failed' };

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
  showSidebar(analysis: PageAnalysis): Promise<void>;
  copy(text: string): Promise<void>;
  openOptions(): void;
  openWelcome(): void;
  /** The host name of the tab the popup is about, or null (a browser page, no access). */
  loadTabHost(): Promise<string | null>;
  unmuteSite(host: string): Promise<void>;
  loadCustomPlatforms(): Promise<CustomPlatforms>;
  saveCustomPlatforms(customPlatforms: CustomPlatforms): Promise<void>;
  loadLetterDrafts(): Promise<LetterDrafts>;
  saveLetterDrafts(drafts: LetterDrafts): Promise<void>;
  download(fileName: string, text: string): void;
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
      // The injected script classifies the page and messages its verdict back (activeTab grants
      // this for the tab the popup was opened on; nothing but the verdict leaves the page).
      const verdict = new Promise<PageAnalysisMessage | null>((resolve) => {
        const timeout = setTimeout(() => finish(null), 5_000);
        const listener = (raw: unknown, sender: { tab?: { id?: number } }) => {
          const parsed = pageAnalysisSchema.safeParse(raw);
          if (parsed.success && sender.tab?.id === tabId) finish(parsed.data);
        };
        function finish(result: PageAnalysisMessage | null) {
          clearTimeout(timeout);
          browser.runtime.onMessage.removeListener(listener);
          resolve(result);
        }
        browser.runtime.onMessage.addListener(listener);
      });
      try {
        await browser.scripting.executeScript({
          target: { tabId },
          func: () => {
            (globalThis as { __creditAuthAnalyze?: boolean }).__creditAuthAnalyze = true;
          },
        });
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/all-sites.js'] });
      } catch {
        return { kind: 'failed' };
      }
      const result = await verdict;
      if (!result) return { kind: 'failed' };
      if (result.kind === null) return { kind: 'none', letter: result.letter };
      return { kind: result.kind, platformId: result.platformId, letter: result.letter, lures: result.lures };
    },
    async showSidebar(analysis) {
      const tabId = await targetTabId();
      if (tabId === null) return;
      const [shown] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => {
          const flags = globalThis as { __creditAuthForceShow?: boolean; __creditAuthShow?: () => void };
          flags.__creditAuthForceShow = true;
          if (!flags.__creditAuthShow) return false;
          flags.__creditAuthShow();
          return true;
        },
      });
      if (shown?.result === true) return;
      const file = analysis.kind === 'platform' ? '/content-scripts/sidebar.js' : '/content-scripts/all-sites.js';
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    },
    copy: (text) => navigator.clipboard.writeText(text),
    openOptions: () => void browser.runtime.openOptionsPage(),
    openWelcome: () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
    async loadTabHost() {
      const tabId = await targetTabId();
      if (tabId === null) return null;
      // The tab's URL is readable with activeTab (the popup was opened on it) or host access;
      // else the page says where it is (scripting on a platform host the manifest matches).
      let url = (await browser.tabs.get(tabId).catch(() => null))?.url;
      if (!url) {
        const [injected] = await browser.scripting
          .executeScript({ target: { tabId }, func: () => location.href })
          .catch(() => [] as { result?: unknown }[]);
        url = typeof injected?.result === 'string' ? injected.result : undefined;
      }
      if (!url) return null;
      try {
        const { protocol, hostname } = new URL(url);
        return protocol === 'http:' || protocol === 'https:' ? hostname : null;
      } catch {
        return null;
      }
    },
    async unmuteSite(host) {
      const message: UnmuteSiteMessage = { type: 'unmute-site', host };
      await browser.runtime.sendMessage(message);
    },
    loadCustomPlatforms: () => readItem(customPlatformsItem),
    saveCustomPlatforms: (customPlatforms) => writeItem(customPlatformsItem, customPlatforms),
    loadLetterDrafts: () => readItem(letterDraftsItem),
    saveLetterDrafts: (drafts) => writeItem(letterDraftsItem, drafts),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
