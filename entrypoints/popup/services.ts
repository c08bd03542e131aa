/**
 * What the popup needs from the browser, behind one interface so the UI can be tested with a
 * fake. Reads and writes go to the background (the one writer); changes made anywhere reach
 * the popup through `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import type { SavedReport } from '../../rules/credit-report/verify';
import type { PageAnalysisResult, TabState } from '../../utils/messages';
import { asPageAnalysisResult } from '../../utils/page-analysis';
import type { ProgressEdit } from '../../utils/progress-edits';
import { sendRequest } from '../../utils/send-request';
import { pageShowsQueryRecords } from '../../utils/query-records-page';
import type { CustomPlatforms, LetterDraft, LetterDrafts, Progress, Settings } from '../../utils/user-data';

export type PageAnalysis =
  | { kind: 'platform' | 'lookalike' | 'lending' | 'predatory'; platformId: string | null; letter: PageAnalysisResult['letter']; lures: string[] }
  | { kind: 'none'; letter: PageAnalysisResult['letter'] }
  | { kind: 'failed' };

export interface PopupData {
  settings: Settings;
  progress: Progress;
  notices: string[];
  customPlatforms: CustomPlatforms;
  letterDrafts: LetterDrafts;
}

export interface PopupServices {
  now(): Date;
  load(): Promise<PopupData>;
  /** Calls back whenever stored user data changes (in any context); returns the unsubscribe. */
  onDataChanged(callback: () => void): () => void;
  editProgress(platformId: string, edits: ProgressEdit[]): Promise<void>;
  dismissNotices(): Promise<void>;
  loadTabState(): Promise<TabState | null>;
  analyzePage(): Promise<PageAnalysis>;
  showSidebar(analysis: PageAnalysis): Promise<void>;
  copy(text: string): Promise<void>;
  openOptions(): void;
  openWelcome(): void;
  /** The host name of the tab the popup is about (activeTab), or null. */
  loadTabHost(): Promise<string | null>;
  unmuteSite(host: string): Promise<void>;
  /** Keeps an unlisted platform in "my platforms"; resolves to its new id. */
  addCustomPlatform(name: string): Promise<string>;
  removeCustomPlatform(platformId: string): Promise<void>;
  saveLetterDraft(platformId: string, draft: Omit<LetterDraft, 'savedAt'>): Promise<void>;
  deleteLetterDraft(platformId: string): Promise<void>;
  download(fileName: string, text: string): void;
  /** The credit-report reader's saved results (derived records only), for the verify step and the reminder. */
  loadSavedReports?(): Promise<SavedReport[]>;
  /** Whether the tab shows a credit report's query records (the credit bureau's report page). */
  tabShowsQueryRecords?(): Promise<boolean>;
  /** Opens the credit-report reader for the tab; the reader reads it on the user's click. */
  openReportReader?(): Promise<void>;
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
    async load() {
      const { settings, progress, notices, customPlatforms, letterDrafts } = await sendRequest('get-user-data');
      return { settings, progress, notices, customPlatforms, letterDrafts };
    },
    onDataChanged(callback) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'local') callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    editProgress: (platformId, edits) => sendRequest('edit-progress', { platformId, edits }),
    dismissNotices: () => sendRequest('dismiss-notices'),
    async loadTabState() {
      const tabId = await targetTabId();
      if (tabId === null) return null;
      return (await sendRequest('get-tab-state', { tabId })) ?? null;
    },
    async analyzePage() {
      const tabId = await targetTabId();
      if (tabId === null) return { kind: 'failed' };
      try {
        // activeTab grants this for the tab the popup was opened on. The injected script's return
        // value is the verdict; nothing but the verdict leaves the page.
        await browser.scripting.executeScript({
          target: { tabId },
          func: () => {
            (globalThis as { __creditAuthAnalyze?: boolean }).__creditAuthAnalyze = true;
          },
        });
        const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/all-sites.js'] });
        const result = asPageAnalysisResult(injection?.result);
        if (!result) return { kind: 'failed' };
        if (result.kind === null) return { kind: 'none', letter: result.letter };
        return { kind: result.kind, platformId: result.platformId, letter: result.letter, lures: result.lures };
      } catch {
        return { kind: 'failed' };
      }
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
      // Readable with activeTab (the popup was opened on this tab); the tab state has it otherwise.
      const url = (await browser.tabs.get(tabId).catch(() => null))?.url;
      if (!url) return null;
      try {
        const { protocol, hostname } = new URL(url);
        return protocol === 'http:' || protocol === 'https:' ? hostname : null;
      } catch {
        return null;
      }
    },
    unmuteSite: (host) => sendRequest('unmute-site', { host }),
    addCustomPlatform: (name) => sendRequest('add-custom-platform', { name }),
    removeCustomPlatform: (platformId) => sendRequest('remove-custom-platform', { platformId }),
    saveLetterDraft: (platformId, draft) => sendRequest('save-letter-draft', { platformId, draft }),
    deleteLetterDraft: (platformId) => sendRequest('delete-letter-draft', { platformId }),
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async loadSavedReports() {
      const reply = await sendRequest('get-report-snapshots');
      return reply.ok ? (reply.snapshots ?? []) : [];
    },
    async tabShowsQueryRecords() {
      const tabId = await targetTabId();
      if (tabId === null) return false;
      try {
        const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: pageShowsQueryRecords });
        return probe?.result === true;
      } catch {
        return false;
      }
    },
    async openReportReader() {
      const tabId = await targetTabId();
      await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}${tabId === null ? '' : `?tab=${tabId}`}` });
    },
  };
}
