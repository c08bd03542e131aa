/**
 * All-sites recognition, first stage: what every page pays when the user has all-sites
 * recognition on. A few kilobytes and no rules: it looks at the page's title, top heading and
 * opening text for anything lending-like or maybe a known brand (a fixed-size prefilter), and
 * only then asks the background to inject the second stage (all-sites.content). Pages that gain
 * content later (single-page apps) are looked at again when they settle, within a budget; once
 * handed over, it stops. The rules' own hosts are excluded when the script is registered
 * (utils/all-sites.ts registers this file as a content script).
 *
 * An unlisted script, not a WXT content script: WXT's content-script wrapper builds its context
 * (old-script messages, an AbortController, a location watcher) before any line of ours, about a
 * millisecond on every page of the web. The gate needs three things of a context, written below.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import gateData from 'virtual:lending-gate';
import { buildLendingGate } from '../rules/lending-gate';
import { sendRequest } from '../utils/send-request';
import { watchPage, type WatchContext } from '../page/watch-page';
import { reportPageError, reportSettled } from '../page/report';

const SETTLE_MS = 500;
const MAX_CHECKS_PER_MINUTE = 12;

/**
 * Timers that do nothing once the extension is gone (updated, disabled, removed: its runtime has
 * no id any more in this old script), and that stop the watcher then. Events other than the
 * page's own are not needed: watchPage listens to the Navigation API where there is one, and a
 * single-page navigation changes the DOM the observer sees anyway.
 */
function gateContext(): WatchContext {
  const invalidated: (() => void)[] = [];
  const alive = () => {
    if (browser.runtime?.id) return true;
    invalidated.splice(0).forEach((callback) => callback());
    return false;
  };
  return {
    setTimeout: (handler, timeout) => window.setTimeout(() => alive() && handler(), timeout),
    addEventListener: (target, type, handler) => {
      if (!type.startsWith('wxt:')) target.addEventListener(type, handler);
    },
    onInvalidated: (callback) => void invalidated.push(callback),
  };
}

export default defineUnlistedScript(() => {
  const gate = buildLendingGate(gateData);
  const handOver = () => void sendRequest('lending-gate-passed').catch(() => undefined);
  const check = () => {
    let passed = false;
    try {
      passed = gate.test(document);
    } catch (error) {
      // A failure of ours is reported, not taken for "not lending" silently; the page is left alone.
      reportPageError(error);
    }
    reportSettled(passed ? 'gate:passed' : 'gate:stopped');
    return passed;
  };
  if (check()) return handOver();
  const stop = watchPage(gateContext(), {
    settleMs: SETTLE_MS,
    maxPerMinute: MAX_CHECKS_PER_MINUTE,
    // The gate reads this document's title, heading and opening text only: the load event
    // (iframes, images) changes none of it, and a second look would double the page's cost.
    afterLoad: false,
    onSettled: () => {
      if (!check()) return;
      stop();
      handOver();
    },
  });
});
