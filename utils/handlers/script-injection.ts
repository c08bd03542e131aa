/**
 * Scripts the background injects into the frame that asked (the tab and frame from `sender`):
 * the all-sites second stage, where host access is granted, and the sidebar's panel on a rule's
 * host (the rules' hosts are host permissions for this).
 */
import { browser } from 'wxt/browser';
import { readItem, settingsItem } from '../storage';
import type { Handler } from './router';

/** The built files (WXT's output paths). */
export const ALL_SITES_SCRIPT = '/content-scripts/all-sites.js';
export const SIDEBAR_PANEL_SCRIPT = '/sidebar-panel.js';

export const lendingGatePassed: Handler<'lending-gate-passed'> = async (_request, { tabId, frameId }) => {
  if (tabId === null) return;
  const { allSitesRecognition } = await readItem(settingsItem);
  if (!allSitesRecognition) return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ALL_SITES_SCRIPT] }).catch(() => undefined);
};

/** The shell is waiting for the panel: a failure rejects, so the shell keeps its tab and says why. */
export const loadPanel: Handler<'load-panel'> = async (_request, { tabId, frameId }) => {
  if (tabId === null) throw new Error('load-panel: not from a tab');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SIDEBAR_PANEL_SCRIPT] });
};
