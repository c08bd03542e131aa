/**
 * The one writer of the user's data. Popup, options and content scripts send requests; these
 * handlers apply them to what is stored now (never to a copy a page read earlier), so two open
 * surfaces cannot undo each other, and every context re-renders on `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import { applyImport, type UserData } from '../data-transfer';
import { applyProgressEdits, type ProgressEdit } from '../progress-edits';
import { cancelRecheck, restoreRecheckAlarms, scheduleRecheck } from '../recheck-alarms';
import {
  customPlatformsItem,
  dismissNotices,
  letterDraftsItem,
  progressItem,
  readItem,
  readNotices,
  settingsItem,
  siteUiItem,
  updateItem,
  writeItem,
} from '../storage';
import { applyAllSitesSetting, syncAllSitesRegistration } from '../all-sites';
import type { Handler } from './router';
import { ruleOfHost, brandOf } from './page-knowledge';
import { isCustomPlatform } from './custom-platforms';

/** Muted sites kept, newest last. */
const MAX_MUTED_SITES = 2000;

async function loadUserData(): Promise<UserData> {
  const [settings, progress, siteUi, customPlatforms] = await Promise.all([
    readItem(settingsItem),
    readItem(progressItem),
    readItem(siteUiItem),
    readItem(customPlatformsItem),
  ]);
  return { settings, progress, siteUi, customPlatforms };
}

export const getUserData: Handler<'get-user-data'> = async () => {
  const [data, notices, letterDrafts] = await Promise.all([loadUserData(), readNotices(), readItem(letterDraftsItem)]);
  return { ...data, notices: notices.map((notice) => notice.item), letterDrafts };
};

/** Applies edits to one platform; a re-check date in them sets or clears its alarm too. */
export async function editProgress(platformId: string, edits: readonly ProgressEdit[], now = new Date()): Promise<void> {
  if (!brandOf(platformId) && !(await isCustomPlatform(platformId))) throw new Error(`unknown platform: ${platformId}`);
  await updateItem(progressItem, (progress) => ({ ...progress, [platformId]: applyProgressEdits(progress[platformId], edits, now) }));
  for (const edit of edits) {
    if (edit.op !== 'recheck') continue;
    if (edit.at === null) await cancelRecheck(platformId);
    else await scheduleRecheck(platformId, Date.parse(edit.at));
  }
}

export const editProgressRequest: Handler<'edit-progress'> = ({ platformId, edits }) => editProgress(platformId, edits);

/** From the sidebar: the platform is the page's, never one the page names. */
export const setOwesMoney: Handler<'set-owes-money'> = async ({ owesMoney }, { pageHost }) => {
  const rule = ruleOfHost(pageHost);
  if (!rule) return;
  await editProgress(rule.id, [{ op: 'owes-money', value: owesMoney }]);
};

export const updateSettings: Handler<'update-settings'> = async ({ patch }) => {
  await updateItem(settingsItem, (settings) => ({ ...settings, ...patch }));
};

export const setSiteUi: Handler<'set-site-ui'> = async ({ collapsed }, { pageHost }) => {
  if (!pageHost) return;
  await updateItem(siteUiItem, (siteUi) => ({ ...siteUi, [pageHost]: { collapsed } }));
};

/** A page mutes its own site; an extension page names the site. */
const siteOf = (named: string | undefined, pageHost: string | null) => (pageHost ?? named ?? null);

export const muteSite: Handler<'mute-site'> = async ({ host }, { pageHost }) => {
  const site = siteOf(host, pageHost);
  if (!site) return;
  await updateItem(settingsItem, (settings) => ({
    ...settings,
    mutedSites: [...settings.mutedSites.filter((muted) => muted !== site), site].slice(-MAX_MUTED_SITES),
  }));
};

export const unmuteSite: Handler<'unmute-site'> = async ({ host }, { pageHost }) => {
  const site = siteOf(host, pageHost);
  if (!site) return;
  await updateItem(settingsItem, (settings) => ({ ...settings, mutedSites: settings.mutedSites.filter((muted) => muted !== site) }));
};

export const setAllSites: Handler<'set-all-sites'> = ({ on }) => applyAllSitesSetting(on);

export const importData: Handler<'import-data'> = async ({ data, mode }) => {
  const next = applyImport(await loadUserData(), data, mode);
  await Promise.all([
    writeItem(settingsItem, next.settings),
    writeItem(progressItem, next.progress),
    writeItem(siteUiItem, next.siteUi),
    writeItem(customPlatformsItem, next.customPlatforms),
  ]);
  await syncAllSitesRegistration();
  await browser.alarms.clearAll();
  await restoreRecheckAlarms(Date.now());
};

export const wipeData: Handler<'wipe-data'> = async () => {
  await browser.storage.local.clear();
  await browser.alarms.clearAll();
  await syncAllSitesRegistration();
};

export const dismissNoticesRequest: Handler<'dismiss-notices'> = () => dismissNotices();
