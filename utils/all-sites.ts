/**
 * All-sites recognition: a content script registered at run time, only while the user has it
 * on AND the optional host permission is granted. `syncAllSitesRegistration` makes the browser
 * match the setting (and the setting match the browser, when the user removed the permission
 * in the browser's own UI), so no script is ever left behind. The permission itself can only be
 * asked for in a user gesture on an extension page (`requestAllSitesPermission`); everything
 * else runs in the background, the setting's one writer.
 */
import { browser } from 'wxt/browser';
import { platformRules } from '../rules/bundled-rules';
import { contentScriptMatches } from '../rules/manifest-matches';
import { readItem, settingsItem, updateItem } from './storage';

export const ALL_SITES_SCRIPT_ID = 'credit-auth-all-sites';
export const ALL_SITES_ORIGINS = ['*://*/*'];
/** The first stage's file. Earlier versions registered another path (content-scripts/…). */
export const ALL_SITES_SCRIPT_FILE = 'lending-gate.js';

export async function hasAllSitesPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES_ORIGINS });
}

export async function isAllSitesScriptRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  return scripts.length > 0;
}

/**
 * A registration an earlier version left (it persists across updates) that names a file this
 * version no longer has: the browser would inject nothing. It is replaced, not kept.
 */
async function dropStaleRegistration(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  const stale = scripts.some((script) => script.js?.length !== 1 || script.js[0]?.replace(/^\//, '') !== ALL_SITES_SCRIPT_FILE);
  if (stale) await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
}

/** Background: registers or unregisters the script; returns whether all-sites recognition is now in effect. */
export async function syncAllSitesRegistration(): Promise<boolean> {
  await dropStaleRegistration();
  const [settings, permitted, registered] = await Promise.all([
    readItem(settingsItem),
    hasAllSitesPermission(),
    isAllSitesScriptRegistered(),
  ]);
  const wanted = settings.allSitesRecognition && permitted;
  if (settings.allSitesRecognition && !permitted) {
    // The user took the permission back in the browser: the setting shows the truth.
    await updateItem(settingsItem, (current) => ({ ...current, allSitesRecognition: false }));
  }
  if (wanted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT_ID,
        matches: ALL_SITES_ORIGINS,
        // The rules' hosts run the manifest script; the credit bureau's own site gets nothing.
        excludeMatches: [...contentScriptMatches(platformRules), '*://*.pbccrc.org.cn/*'],
        // A small first stage; the classifier follows only where it finds something lending-like.
        js: [ALL_SITES_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
  }
  return wanted;
}

/** Background: the setting after the page's permission prompt; off also gives the permission back. */
export async function applyAllSitesSetting(on: boolean): Promise<boolean> {
  await updateItem(settingsItem, (current) => ({ ...current, allSitesRecognition: on }));
  const enabled = await syncAllSitesRegistration();
  if (!on) {
    // A permission the manifest requires (the e2e build) cannot be removed; the script is gone anyway.
    await browser.permissions.remove({ origins: ALL_SITES_ORIGINS }).catch(() => false);
  }
  return enabled;
}

/** Extension page, in a user gesture: asks for the optional permission. */
export function requestAllSitesPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES_ORIGINS });
}
