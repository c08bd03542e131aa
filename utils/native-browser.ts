/**
 * `wxt/browser` for content scripts: the browser's own promise-based API (Chrome MV3 and Firefox
 * both have one), without webextension-polyfill's 3 KB, because page scripts are budgeted and use
 * only promise-returning calls (runtime.sendMessage, storage.local.get). Extension pages and the
 * background keep the polyfill. Aliased in wxt.config.ts for content-script builds only.
 *
 * Looked up on first use, not when the script loads: the first touch of `chrome` in a page's
 * isolated world builds its bindings, about a millisecond in a trace, and the all-sites gate
 * needs none on a page it stops at (nearly every page of the web).
 */
type Api = typeof import('@wxt-dev/browser').browser;
const scope = globalThis as { browser?: Api; chrome?: Api };

let api: Api | undefined;
const resolve = (): Api => (api ??= (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!);

export const browser: Api = new Proxy({} as Api, { get: (_target, key) => resolve()[key as keyof Api] });
