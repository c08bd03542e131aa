/**
 * All-sites recognition, second stage: never in the manifest; injected by the background where
 * the first stage (lending-gate.content) found something lending-like, or by the popup's
 * "analyze this page", which gets the verdict as this script's return value. It reads a bounded
 * sample of the page and the background classifies it (the rules live there); a page that is
 * not a lending page gets nothing at all.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findAuthorizationLetter } from '../../rules/find-letter';
import { extractPageSample } from '../../rules/page-sample';
import { runPageController } from '../../page/page-controller';
import { claimPage, takeAnalysisRequest } from '../../page/isolated-flags';
import { sidebarPanel } from '../../page/sidebar-panel';
import type { PageAnalysisResult } from '../../utils/messages';
import { sendRequest } from '../../utils/send-request';

async function classifyThisPage() {
  const reply = await sendRequest('classify-page', { sample: extractPageSample(document) });
  return reply.kind === null ? null : reply;
}

/** The popup's "analyze this page": the verdict, returned to `scripting.executeScript`. */
async function analyzeForPopup(): Promise<PageAnalysisResult> {
  const [verdict, found] = [await classifyThisPage(), findAuthorizationLetter(document)];
  const letter = found ? (await sendRequest('analyze-letter', { text: found.text })).verdict : null;
  return {
    kind: verdict?.kind ?? null,
    platformId: verdict?.platformId ?? null,
    letter,
    lures: (verdict?.lures ?? []).map((lure) => lure.label.slice(0, 80)).slice(0, 10),
  };
}

export default defineContentScript({
  registration: 'runtime',
  // Matches are given when registering; none here, so the manifest asks for no host access.
  matches: [],
  // As in sidebar.content: the old-script notice without a window.postMessage to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (takeAnalysisRequest()) return analyzeForPopup();
    if (!claimPage()) return undefined;
    void runPageController(ctx, {
      knownKind: null,
      changesWithPage: true,
      // Injected only into lending pages: the panel comes with it.
      loadPanel: () => Promise.resolve(sidebarPanel),
      fetch: async () => {
        const reply = await classifyThisPage();
        return reply ? { source: 'classifier', reply } : null;
      },
    });
    return undefined;
  },
});
