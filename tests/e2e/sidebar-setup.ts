/**
 * For end-to-end tests about the expanded panel itself (hostile pages, tampering, the guide's
 * controls): the options page's "always expanded", so the panel opens on any page and not only
 * on withdrawal-flow pages. Tests of the presentation rules do not use it. Works with either
 * harness: the browser-neutral driver or the Chromium-only extension browser.
 */
import type { ExtensionBrowser, TestBrowser } from './harness';

type Target = Pick<TestBrowser, 'inExtension'> | ExtensionBrowser;

export async function preferExpandedSidebar(browser: Target, allSitesRecognition = false): Promise<void> {
  const setExpanded = async (allSites: boolean) => {
    const { settings } = await chrome.storage.local.get('settings');
    const current = typeof settings === 'object' && settings !== null ? settings : {};
    const defaults = { allSitesRecognition: allSites, sidebarDefault: 'auto', sidebarEdge: 'right', locale: 'zh-CN', mutedSites: [], recheckDays: 30 };
    // Written as the current version (2, utils/storage.ts): no migration may reinterpret it.
    await chrome.storage.local.set({ settings: { ...defaults, ...current, sidebarDefault: 'expanded' }, settings$: { v: 2 } });
  };
  if ('inExtension' in browser) await browser.inExtension(setExpanded, allSitesRecognition);
  else await browser.worker.evaluate(setExpanded, allSitesRecognition);
}
