/**
 * `wxt/browser` for content scripts: the browser's own promise-based API (Chrome MV3 and Firefox
 * both have one), without webextension-polyfill's 3 KB, because page scripts are budgeted and use
 * only promise-returning calls (runtime.sendMessage, storage.local.get). Extension pages and the
 * background keep the polyfill. Aliased in wxt.config.ts for content-script builds only.
 */
type Api = typeof import('@wxt-dev/browser').browser;
const scope = globalThis as { browser?: Api; chrome?: Api };

export const browser: Api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!;
