/**
 * All-sites recognition, first stage: what every page pays when the user has all-sites
 * recognition on. A few kilobytes and no rules: it looks at the page's title, top heading and
 * opening text for anything lending-like or maybe a known brand (a fixed-size prefilter), and
 * only then asks the background to inject the second stage (all-sites.content). Pages that gain
 * content later (single-page apps) are looked at again when they settle, within a budget; once
 * handed over, it stops. The rules' own hosts are excluded when the script is registered.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import gateData from 'virtual:lending-gate';
import { buildLendingGate } from '../../rules/lending-gate';
import { sendRequest } from '../../utils/send-request';
import { watchPage } from '../../page/watch-page';
import { reportPageError, reportSettled } from '../../page/report';

const SETTLE_MS = 500;
const MAX_CHECKS_PER_MINUTE = 12;

export default defineContentScript({
  registration: 'runtime',
  // Matches are given when registering; none here, so the manifest asks for no host access.
  matches: [],
  main(ctx) {
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
    const stop = watchPage(ctx, {
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
  },
});
