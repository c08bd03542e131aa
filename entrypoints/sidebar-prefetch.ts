/**
 * The sidebar's first step, at document_start on the rules' hosts: asks for the stored choices
 * and the background's answer while the page is still being parsed, so neither round trip is
 * waited for after DOMContentLoaded (they were about 20-30 ms of the time to the sidebar on
 * this machine). A few hundred bytes, no DOM, nothing on the page; sidebar.content takes the
 * answers up at document_end (both run in the extension's isolated world, which shares one
 * global). An unlisted script: wxt.config.ts lists it in the manifest with the sidebar's matches,
 * so it runs without WXT's content-script context.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { setPrefetched } from '../page/isolated-flags';
import { SIDEBAR_STORED_KEYS } from '../page/sidebar-prefs';
import { sendRequest } from '../utils/send-request';

export default defineUnlistedScript(() => {
  const guide = sendRequest('page-guide');
  // Taken up, and its failure handled, by the sidebar; never an unhandled rejection meanwhile.
  guide.catch(() => undefined);
  setPrefetched({ stored: browser.storage.local.get([...SIDEBAR_STORED_KEYS]).catch(() => ({})), guide });
});
