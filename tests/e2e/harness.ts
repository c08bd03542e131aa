/**
 * End-to-end helpers: the built extensions, fixture pages, and the sidebar host's attributes.
 * Launching is shared with `npm start` (scripts/extension-browser.mjs).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from '../../scripts/extension-browser.mjs';

export type { ExtensionBrowser };
export const PROD_BUILD = resolve('.output/chrome-mv3');
export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');
export const FIXTURES = resolve('tests/fixtures/pages');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function launchWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  return launchExtensionBrowser(extensionDir, { headless: true, offline: true, ...options });
}

/** Attributes of the sidebar host, or null when the page has none (after `settleMs`). */
export async function sidebarAttributes(page: Page, settleMs = 0): Promise<Record<string, string> | null> {
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const host = document.querySelector('credit-auth-sidebar');
    if (!host) return null;
    return Object.fromEntries([...host.attributes].map((attr) => [attr.name, attr.value]));
  });
}

/**
 * Waits until the e2e build's page layer has settled (page/report.ts): the first stage stopped
 * (nothing lending-like), or the page layer finished an evaluation after the `after`-th one. A
 * negative check waits for this instead of sleeping. Returns the state, for a later `after`.
 */
export async function waitForSettled(page: Page, after = 0, timeout = 10_000): Promise<string> {
  const handle = await page.waitForFunction(
    (previous) => {
      const state = document.documentElement.getAttribute('data-credit-auth-settled');
      if (!state || state === 'gate:passed') return null;
      if (state === 'gate:stopped') return previous === 0 ? state : null;
      return Number(state.slice('page:'.length)) > previous ? state : null;
    },
    after,
    { timeout, polling: 25 },
  );
  return (await handle.jsonValue()) as string;
}

/** The page layer's evaluations so far (0 before the first), from the settled state. */
export const evaluationsOf = (state: string) => (state.startsWith('page:') ? Number(state.slice(5)) : 0);

/** The message of a failure the e2e build's page layer reported on <html>, or null. */
export function pageError(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-credit-auth-error'));
}

/**
 * The closed shadow root, reached through the DevTools protocol (the page's own script cannot):
 * `call` runs a function with the shadow root as `this` and returns its JSON result.
 */
/** The part of a DevTools protocol DOM node used here (playwright-core does not export its types). */
interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export async function closedShadowRoot(tab: Page): Promise<{ call<T>(fn: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await tab.context().newCDPSession(tab);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined =>
    node.nodeName === 'CREDIT-AUTH-SIDEBAR' ? node.shadowRoots?.[0] : node.children?.map(find).find(Boolean);
  const shadow = find(root);
  if (!shadow) throw new Error('no shadow root on credit-auth-sidebar');
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return {
    cdp,
    async call<T>(fn: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: fn,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
  };
}
