/**
 * Per-tab state: which platform or kind of page a tab shows, on the action's badge and title,
 * answered to the popup. Kept in storage.session so it survives the service worker sleeping.
 */
import { browser } from 'wxt/browser';
import { tabStateSchema, type TabState } from '../messages';
import type { Handler } from './router';
import { brandOf } from './page-knowledge';

const tabKey = (tabId: number) => `tab:${tabId}`;
const TITLE = '征信授权助手';

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
    browser.action.setTitle({ tabId, title: TITLE }),
  ]);
}

export const pageRecognized: Handler<'page-recognized'> = async ({ kind, platformId }, { tabId }) => {
  const brand = platformId ? brandOf(platformId) : undefined;
  if (tabId === null || (platformId && !brand)) return;
  const state: TabState = { kind, platformId };
  await Promise.all([
    browser.storage.session.set({ [tabKey(tabId)]: state }),
    browser.action.setBadgeText({ tabId, text: '征' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }),
    browser.action.setTitle({ tabId, title: brand ? `${TITLE} · ${brand}` : TITLE }),
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
