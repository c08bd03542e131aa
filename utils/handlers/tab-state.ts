/**
 * Per-tab state: which platform or kind of page a tab shows, on the action's badge and title,
 * answered to the popup. Kept in storage.session so it survives the service worker sleeping.
 */
import { browser } from 'wxt/browser';
import { tabStateSchema, type TabState } from '../messages';
import type { Handler } from './router';
import { brandOf } from './page-knowledge';
import { actionLabels } from './action-title';
import { readItem, settingsItem } from '../storage';

const tabKey = (tabId: number) => `tab:${tabId}`;
/** The toolbar labels speak the language chosen in the options. */
const labelsFor = async (brand?: string) => actionLabels((await readItem(settingsItem)).locale, brand);

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = tabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([
    browser.storage.session.remove(tabKey(tabId)),
    browser.action.setBadgeText({ tabId, text: '' }),
    labelsFor().then(({ title }) => browser.action.setTitle({ tabId, title })),
  ]);
}

export const pageRecognized: Handler<'page-recognized'> = async ({ kind, platformId }, { tabId, pageHost }) => {
  const brand = platformId ? brandOf(platformId) : undefined;
  if (tabId === null || (platformId && !brand)) return;
  // The host too: the popup says when the sidebar is muted on this site.
  const state: TabState = { kind, platformId, host: pageHost && /^[a-z0-9.-]{1,253}$/.test(pageHost) ? pageHost : null };
  const labels = await labelsFor(brand);
  await Promise.all([
    browser.storage.session.set({ [tabKey(tabId)]: state }),
    browser.action.setBadgeText({ tabId, text: labels.badge }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }),
    browser.action.setTitle({ tabId, title: labels.title }),
  ]);
};

export const getTabState: Handler<'get-tab-state'> = ({ tabId }) => readTabState(tabId);

/** A new document starts: forget the old page until its content script reports again. */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') forgetTab(tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    browser.storage.session.remove(tabKey(tabId)).catch(() => undefined);
  });
}
