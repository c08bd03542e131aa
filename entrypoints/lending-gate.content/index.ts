/**
 * All-sites recognition, first stage: what every page pays when the user has all-sites
 * recognition on. A few kilobytes: it looks at the page's title, top heading and opening text
 * for anything lending-like or a known brand, and only then asks the background to inject the
 * full classifier (all-sites.content). Pages that gain content later (single-page apps) are
 * looked at again when they settle, within a budget; once handed over, it stops.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import classifierRules from 'virtual:classifier-rules';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { buildLendingGate } from '../../rules/lending-gate';
import type { LendingGatePassedMessage } from '../../utils/messages';
import { watchPage } from '../../utils/content/watch-page';

const SETTLE_MS = 500;
const MAX_CHECKS_PER_MINUTE = 12;

export default defineContentScript({
  registration: 'runtime',
  // Matches are given when registering; none here, so the manifest asks for no host access.
  matches: [],
  main(ctx) {
    // Known hosts belong to the manifest's sidebar script.
    if (matchHost(buildHostIndex(classifierRules), location.hostname)) return;
    const gate = buildLendingGate(classifierRules);
    const handOver = () => {
      const message: LendingGatePassedMessage = { type: 'lending-gate-passed' };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    };
    if (gate.test(document)) {
      handOver();
      return;
    }
    const stop = watchPage(ctx, {
      settleMs: SETTLE_MS,
      maxPerMinute: MAX_CHECKS_PER_MINUTE,
      onSettled: () => {
        if (!gate.test(document)) return;
        stop();
        handOver();
      },
    });
  },
});
