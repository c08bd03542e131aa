/** What the options page needs from the browser, behind one interface (tests use a fake). */
import { browser } from 'wxt/browser';
import { platformRules } from '../../rules/bundled-rules';
import { hasAllSitesPermission, isAllSitesScriptRegistered, requestAllSitesPermission } from '../../utils/all-sites';
import { exportJson, exportMarkdown, type UserData } from '../../utils/data-transfer';
import { createTranslator } from '../../utils/i18n';
import { sendRequest } from '../../utils/send-request';
import type { Settings } from '../../utils/user-data';

export interface OptionsServices {
  load(): Promise<UserData>;
  /** Calls back whenever stored user data changes (in any context); returns the unsubscribe. */
  onDataChanged(callback: () => void): () => void;
  allSitesActive(): Promise<boolean>;
  toggleAllSites(on: boolean): Promise<{ enabled: boolean; denied: boolean }>;
  /** Sends what changed between `before` and `after` (fields, and un-muted sites). */
  saveSettings(before: Settings, after: Settings): Promise<void>;
  importData(data: UserData, mode: 'merge' | 'replace'): Promise<UserData>;
  wipe(): Promise<UserData>;
  download(name: string, text: string, type: string): void;
  loadNotices(): Promise<string[]>;
  dismissNotices(): Promise<void>;
  now(): Date;
}

async function loadAll(): Promise<UserData> {
  const { settings, progress, siteUi, customPlatforms } = await sendRequest('get-user-data');
  return { settings, progress, siteUi, customPlatforms };
}

/** The settings fields that changed, as a patch; muted sites are added and removed one by one. */
export function settingsChanges(before: Settings, after: Settings) {
  const patch: Partial<Pick<Settings, 'sidebarDefault' | 'sidebarEdge' | 'locale' | 'recheckDays'>> = {};
  if (after.sidebarDefault !== before.sidebarDefault) patch.sidebarDefault = after.sidebarDefault;
  if (after.sidebarEdge !== before.sidebarEdge) patch.sidebarEdge = after.sidebarEdge;
  if (after.locale !== before.locale) patch.locale = after.locale;
  if (after.recheckDays !== before.recheckDays) patch.recheckDays = after.recheckDays;
  const unmuted = before.mutedSites.filter((site) => !after.mutedSites.includes(site));
  const muted = after.mutedSites.filter((site) => !before.mutedSites.includes(site));
  return { patch, unmuted, muted };
}

export function createBrowserServices(): OptionsServices {
  return {
    load: loadAll,
    onDataChanged(callback) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'local') callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async allSitesActive() {
      const [permitted, registered] = await Promise.all([hasAllSitesPermission(), isAllSitesScriptRegistered()]);
      return permitted && registered;
    },
    async toggleAllSites(on) {
      // The prompt must open in the click's own task: ask first, then let the background apply it.
      if (on && !(await requestAllSitesPermission())) return { enabled: await this.allSitesActive(), denied: true };
      return { enabled: await sendRequest('set-all-sites', { on }), denied: false };
    },
    async saveSettings(before, after) {
      const { patch, unmuted, muted } = settingsChanges(before, after);
      if (Object.keys(patch).length > 0) await sendRequest('update-settings', { patch });
      for (const host of unmuted) await sendRequest('unmute-site', { host });
      for (const host of muted) await sendRequest('mute-site', { host });
    },
    async importData(data, mode) {
      await sendRequest('import-data', { data, mode });
      return loadAll();
    },
    async wipe() {
      await sendRequest('wipe-data');
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
    loadNotices: async () => (await sendRequest('get-user-data')).notices,
    dismissNotices: () => sendRequest('dismiss-notices'),
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
