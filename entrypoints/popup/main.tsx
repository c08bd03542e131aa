/** Popup entry: finds the tab the popup is about and renders the app. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { platformRules } from '../../rules/bundled-rules';
import { createTranslator } from '../../utils/i18n';
import type { GetTabStateMessage, TabState } from '../../utils/messages';
import './popup.css';

/** `?tab=N` names the tab explicitly (used when the popup is opened as a page). */
async function currentTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadTabState(): Promise<TabState | null> {
  const tabId = await currentTabId();
  if (tabId === null) return null;
  const message: GetTabStateMessage = { type: 'get-tab-state', tabId };
  return ((await browser.runtime.sendMessage(message)) as TabState | null) ?? null;
}

const root = document.getElementById('app');
if (root) render(<App loadTabState={loadTabState} rules={platformRules} t={createTranslator('zh-CN')} />, root);
