/** What the options page needs from the browser, behind one interface (tests use a fake). */
import { browser } from 'wxt/browser';
import { platformRules } from '../../rules/bundled-rules';
import { isAllSitesScriptRegistered, hasAllSitesPermission, setAllSitesRecognition, syncAllSitesRegistration } from '../../utils/all-sites';
import { applyImport, exportJson, exportMarkdown, type UserData } from '../../utils/data-transfer';
import { createTranslator } from '../../utils/i18n';
import { restoreRecheckAlarms } from '../../utils/recheck-alarms';
import { customPlatformsItem, dismissNotices, progressItem, readItem, readNotices, settingsItem, siteUiItem, writeItem } from '../../utils/storage';
import type { Settings } from '../../utils/user-data';

export interface OptionsServices {
  load(): Promise<UserData>;
  allSitesActive(): Promise<boolean>;
  toggleAllSites(on: boolean): Promise<{ enabled: boolean; denied: boolean }>;
  saveSettings(settings: Settings): Promise<void>;
  importData(data: UserData, mode: 'merge' | 'replace'): Promise<UserData>;
  wipe(): Promise<UserData>;
  download(name: string, text: string, type: string): void;
  loadNotices(): Promise<string[]>;
  dismissNotices(): Promise<void>;
  now(): Date;
}

async function loadAll(): Promise<UserData> {
  const [settings, progress, siteUi, customPlatforms] = await Promise.all([
    readItem(settingsItem),
    readItem(progressItem),
    readItem(siteUiItem),
    readItem(customPlatformsItem),
  ]);
  return { settings, progress, siteUi, customPlatforms };
}

async function writeAll(data: UserData): Promise<void> {
  await Promise.all([
    writeItem(settingsItem, data.settings),
    writeItem(progressItem, data.progress),
    writeItem(siteUiItem, data.siteUi),
    writeItem(customPlatformsItem, data.customPlatforms),
  ]);
  await syncAllSitesRegistration();
  await browser.alarms.clearAll();
  await restoreRecheckAlarms(Date.now());
}

export function createBrowserServices(): OptionsServices {
  return {
    load: loadAll,
    async allSitesActive() {
      const [permitted, registered] = await Promise.all([hasAllSitesPermission(), isAllSitesScriptRegistered()]);
      return permitted && registered;
    },
    toggleAllSites: setAllSitesRecognition,
    async saveSettings(settings) {
      await writeItem(settingsItem, settings);
    },
    async importData(data, mode) {
      const next = applyImport(await loadAll(), data, mode);
      await writeAll(next);
      return loadAll();
    },
    async wipe() {
      await browser.storage.local.clear();
      await browser.alarms.clearAll();
      await syncAllSitesRegistration();
      return loadAll();
    },
    download(name, text, type) {
      // A local blob: the export never leaves the device unless the user moves the file.
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    loadNotices: async () => (await readNotices()).map((notice) => notice.item),
    dismissNotices,
    now: () => new Date(),
  };
}

export function exportFiles(data: UserData, now: Date) {
  const t = createTranslator('zh-CN');
  const stamp = now.toISOString().slice(0, 10);
  return {
    json: { name: `credit-auth-helper-${stamp}.json`, text: exportJson(data, now), type: 'application/json' },
    markdown: {
      name: `credit-auth-report-${stamp}.md`,
      text: exportMarkdown(data.progress, platformRules, (id) => t(`checklist.${id}` as never, { days: data.settings.recheckDays }), now, data.customPlatforms),
      type: 'text/markdown',
    },
  };
}
