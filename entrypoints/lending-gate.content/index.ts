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
    let handedOver = false;
    const handOver = () => {
      handedOver = true;
      observer.disconnect();
      const message: LendingGatePassedMessage = { type: 'lending-gate-passed' };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    };
    const checks: number[] = [];
    let timer = 0;
    const check = () => {
      if (handedOver) return;
      if (timer) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        timer = 0;
        const now = Date.now();
        while (checks.length > 0 && now - checks[0]! > 60_000) checks.shift();
        if (checks.length >= MAX_CHECKS_PER_MINUTE) return;
        checks.push(now);
        if (gate.test(document)) handOver();
      }, SETTLE_MS);
    };
    const observer = new MutationObserver(check);
    if (gate.test(document)) {
      handOver();
      return;
    }
    if (document.body) observer.observe(document.body, { childList: true, subtree: true });
    if (document.head) observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    ctx.addEventListener(window, 'popstate', check);
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) ctx.addEventListener(navigation, 'currententrychange' as never, check);
    ctx.onInvalidated(() => observer.disconnect());
  },
});
