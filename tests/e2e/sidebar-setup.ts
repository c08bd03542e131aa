/**
 * For end-to-end tests about the expanded panel itself (hostile pages, tampering, the guide's
 * controls): the options page's "always expanded", so the panel opens on any page and not only
 * on withdrawal-flow pages. Tests of the presentation rules do not use it.
 */
import type { ExtensionBrowser } from './harness';

export async function preferExpandedSidebar(browser: ExtensionBrowser, allSitesRecognition = false): Promise<void> {
  await browser.worker.evaluate(async (allSites) => {
    const { settings } = await chrome.storage.local.get('settings');
    const current = typeof settings === 'object' && settings !== null ? settings : {};
    const defaults = { allSitesRecognition: allSites, sidebarDefault: 'auto', sidebarEdge: 'right', locale: 'zh-CN', mutedSites: [], recheckDays: 30 };
    await chrome.storage.local.set({ settings: { ...defaults, ...current, sidebarDefault: 'expanded' } });
  }, allSitesRecognition);
}
