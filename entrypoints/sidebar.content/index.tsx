/**
 * The sidebar on the rules' hosts (manifest matches generated from the rules). The hot path is
 * one host lookup and an early return; the page is not classified here (the host says it all),
 * only its authorization letter is read.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { createPageController } from '../../utils/content/page-controller';
import { claimPage } from '../../utils/content/isolated-flags';

export default defineContentScript({
  matches: contentScriptMatches(platformRules),
  runAt: 'document_end',
  main(ctx) {
    const rule = matchHost(buildHostIndex(platformRules), location.hostname);
    if (!rule || !claimPage()) return;
    void createPageController(ctx, { rule, generic: genericGuidance });
  },
});
