/** The all-sites second stage, injected into the frame whose first stage asked (host access is granted). */
import { browser } from 'wxt/browser';
import { readItem, settingsItem } from '../storage';
import type { Handler } from './router';

export const lendingGatePassed: Handler<'lending-gate-passed'> = async (_request, { tabId, frameId }) => {
  if (tabId === null) return;
  const { allSitesRecognition } = await readItem(settingsItem);
  if (!allSitesRecognition) return;
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/all-sites.js'] })
    .catch(() => undefined);
};
