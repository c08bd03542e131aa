/**
 * The sidebar on the rules' hosts (manifest matches generated from the rules: they are this
 * script's host index). It ships the page layer and the shell, no rules and no panel: the shell
 * goes on the page at once, the platform's guide comes from the background, which holds the
 * rules, and the panel's code (entrypoints/sidebar-panel.ts) only when the panel is drawn.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPageController } from '../../page/page-controller';
import { claimPage, providedPanel, takePrefetched } from '../../page/isolated-flags';
import { sendRequest } from '../../utils/send-request';

/** The panel's code: the background injects its script into this frame, which hands it over. */
async function loadPanel() {
  if (!providedPanel()) await sendRequest('load-panel');
  const panel = providedPanel();
  if (!panel) throw new Error('the sidebar panel did not load');
  return panel;
}

export default defineContentScript({
  // The rules' hosts, filled in by wxt.config.ts when the manifest is written: an entrypoint's
  // options are bundled with it, and this script must not carry the rules.
  matches: ['*://sidebar-matches.invalid/*'],
  runAt: 'document_end',
  // WXT's old-script notice as a DOM event only, not also a window.postMessage: a message event
  // reaches every listener the page has (some parse whatever arrives), about 7 ms on a platform's
  // page in a trace, for nothing this extension listens to.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!claimPage()) return;
    // Asked for at document_start (sidebar-prefetch.ts) where that script ran; the first answer
    // is that one, later ones (after a navigation) are asked for afresh.
    const prefetched = takePrefetched();
    let firstGuide = prefetched?.guide ?? null;
    void runPageController(ctx, {
      knownKind: 'platform',
      changesWithPage: false,
      stored: prefetched?.stored,
      loadPanel,
      fetch: async () => {
        const pending = firstGuide ?? sendRequest('page-guide');
        firstGuide = null;
        const reply = await pending;
        return reply ? { source: 'platform', reply } : null;
      },
    });
  },
});
