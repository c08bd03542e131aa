/**
 * All-sites recognition, second stage: never in the manifest; injected by the background where
 * the first stage (lending-gate.content) found something lending-like, or by the popup's
 * "analyze this page". It classifies a bounded sample of the page; a page that is not a
 * lending page gets nothing at all.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import classifierRules from 'virtual:classifier-rules';
import generic from '../../rules/generic.json';
import pageSignals from '../../rules/page-signals.json';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { extractPageSample } from '../../rules/page-sample';
import type { GenericGuidance } from '../../rules/schema';
import { createPageController } from '../../utils/content/page-controller';
import { claimPage, takeAnalysisRequest } from '../../utils/content/isolated-flags';
import type { PageAnalysisMessage } from '../../utils/messages';

export default defineContentScript({
  registration: 'runtime',
  // Matches are given when registering; none here, so the manifest asks for no host access.
  matches: [],
  main(ctx) {
    const host = location.hostname;
    const known = matchHost(buildHostIndex(classifierRules), host);
    // Injected only where the first stage (lending-gate.content) or the popup asked for it.
    const index = buildClassifierIndex(classifierRules);
    const classify = () => classifyPage(extractPageSample(document), host, index, known?.id ?? null);

    if (takeAnalysisRequest()) {
      const verdict = classify();
      const letter = findAuthorizationLetter(document);
      const message: PageAnalysisMessage = {
        type: 'page-analysis',
        kind: verdict.kind,
        platformId: verdict.platformId,
        letter: letter ? analyzeLetter(letter.text).verdict : null,
        lures: verdict.lures.map((lure) => lure.label).slice(0, 10),
      };
      void browser.runtime.sendMessage(message).catch(() => undefined);
      return;
    }
    // Known hosts belong to the manifest script.
    if (known || !claimPage()) return;
    const brands = new Map(classifierRules.map((rule) => [rule.id, rule.brand]));
    void createPageController(ctx, {
      rule: null,
      generic: generic as GenericGuidance,
      classify,
      brandOf: (id) => brands.get(id),
      reportChannels: Object.fromEntries(pageSignals.reportChannels.map((channel) => [channel.id, channel.text])),
    });
  },
});
