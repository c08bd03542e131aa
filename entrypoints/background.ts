/**
 * Per-tab state: which platform a tab shows, reflected in the action's badge and title, and
 * answered to the popup. Kept in storage.session so it survives the service worker sleeping.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { platformRules } from '../rules/bundled-rules';
import { runtimeMessageSchema, tabStateSchema, type TabState } from '../utils/messages';

const tabKey = (tabId: number) => `tab:${tabId}`;

async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = tabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

export default defineBackground(() => {
  const brandById = new Map(platformRules.map((rule) => [rule.id, rule.brand]));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    // Only our own contexts can message us; still, nothing unvalidated is acted on.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = runtimeMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'get-tab-state') return readTabState(message.tabId);

    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const brand = message.platformId ? brandById.get(message.platformId) : undefined;
    if (message.platformId && !brand) return undefined;
    const state: TabState = { kind: message.kind, platformId: message.platformId };
    return Promise.all([
      browser.storage.session.set({ [tabKey(tabId)]: state }),
      browser.action.setBadgeText({ tabId, text: '征' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }),
      browser.action.setTitle({ tabId, title: brand ? `征信授权助手 · ${brand}` : '征信授权助手' }),
    ]).then(() => undefined);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document starts: forget the old page until its content script reports again.
    if (changeInfo.status === 'loading') {
      void clearTabState(tabId);
      void browser.action.setBadgeText({ tabId, text: '' });
      void browser.action.setTitle({ tabId, title: '征信授权助手' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});
