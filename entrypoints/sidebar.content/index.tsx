/**
 * The sidebar on known lending platforms. Runs only on the rules' hosts (matches generated from
 * the rules); the hot path is one host lookup and an early return.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { resolveGuide } from '../../rules/resolve-guide';
import { createTranslator } from '../../utils/i18n';
import type { PageRecognizedMessage } from '../../utils/messages';
import { mountSidebar } from './mount-sidebar';

export default defineContentScript({
  matches: contentScriptMatches(platformRules),
  runAt: 'document_end',
  main(ctx) {
    const rule = matchHost(buildHostIndex(platformRules), location.hostname);
    if (!rule) return;
    mountSidebar(ctx, {
      kind: 'platform',
      guide: resolveGuide(rule, genericGuidance),
      host: location.hostname,
      t: createTranslator('zh-CN'),
    });
    const message: PageRecognizedMessage = { type: 'page-recognized', kind: 'platform', platformId: rule.id };
    // The background may be restarting; the badge is a convenience, so a failure is not fatal.
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
});
