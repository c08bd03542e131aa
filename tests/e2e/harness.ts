/**
 * End-to-end helpers: the built extensions, fixture pages, and the sidebar host's attributes;
 * below them, the browser-neutral driver through which a suite runs in Chromium and in Firefox.
 * Launching is shared with `npm start` (scripts/extension-browser.mjs).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import {
  launchExtensionBrowser,
  launchFirefoxExtensionBrowser,
  type ExtensionBrowser,
  type LaunchOptions,
} from '../../scripts/extension-browser.mjs';

export type { ExtensionBrowser };
export const PROD_BUILD = resolve('.output/chrome-mv3');
export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');
export const FIXTURES = resolve('tests/fixtures/pages');

/**
 * The sidebar once the background's answer filled it: on a rule's host the shell is on the page
 * at once (data-kind="platform") and gets its data-platform with the guide; other kinds are
 * mounted filled. Wait for this before reading or using the panel.
 */
export const FILLED_SIDEBAR = 'credit-auth-sidebar[data-platform], credit-auth-sidebar:not([data-kind="platform"])';

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

// ---------------------------------------------------------------------------------------------
// The browser-neutral driver: a suite written against `TestBrowser` / `TestPage` runs in Chromium
// (Playwright, `npm run test:e2e`) and in Firefox (puppeteer-core over WebDriver BiDi,
// `npm run test:e2e:firefox`), chosen by $E2E_BROWSER.

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER: BrowserName = process.env.E2E_BROWSER === 'firefox' ? 'firefox' : 'chromium';
/** The production and e2e builds for the browser under test. */
export const BUILD = {
  prod: BROWSER === 'firefox' ? resolve('.output/firefox-mv3') : PROD_BUILD,
  e2e: BROWSER === 'firefox' ? resolve('.output/firefox-mv3-e2e') : E2E_BUILD,
};

export interface DriverOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Reuse this profile folder and keep it after close (a browser restart). */
  profileDir?: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The closed shadow root of the sidebar: `call` runs a function source with it as `this`. */
export interface ShadowHandle {
  call<T>(fn: string): Promise<T>;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `selector` is in the DOM (visible or not). */
  waitFor(selector: string, options?: { timeout?: number }): Promise<void>;
  /** Waits until `fn` returns a truthy value, and returns it. */
  waitForFunction<T, A = undefined>(fn: (arg: A) => T, arg?: A, options?: { timeout?: number; polling?: number }): Promise<T>;
  wait(ms: number): Promise<void>;
  count(selector: string): Promise<number>;
  text(selector: string): Promise<string | null>;
  attribute(selector: string, name: string): Promise<string | null>;
  isChecked(selector: string): Promise<boolean>;
  /** A real (trusted) click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A real click on the button (or link) whose text or aria-label matches `name`. */
  clickButton(name: string | RegExp): Promise<void>;
  /** Types `value` into the control matching `selector`, replacing what was there. */
  fill(selector: string, value: string): Promise<void>;
  /** The control labelled exactly `label` (by its <label>), as a selector for the other calls. */
  labelled(label: string): Promise<string>;
  check(selector: string): Promise<void>;
  uncheck(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  screenshot(options?: { clip?: Rect; path?: string; fullPage?: boolean }): Promise<Buffer>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Runs `trigger` and returns the text of the file it downloads. */
  download(trigger: () => Promise<void>): Promise<string>;
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
  bringToFront(): Promise<void>;
  /** Console messages of the page, as text. */
  onConsole(listener: (text: string) => void): void;
  sidebar(settleMs?: number): Promise<Record<string, string> | null>;
  shadow(): Promise<ShadowHandle>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  readonly extensionOrigin: string;
  /** Serves `html` at `url`: at its origin (every path) when the path is `/`, else at that path; `headers` may set another content-type. */
  serve(url: string, html: string, headers?: Record<string, string>): Promise<void>;
  newPage(): Promise<TestPage>;
  /** An extension page (`popup.html`, `options.html?x`) opened in a tab. */
  extensionPage(path: string): Promise<TestPage>;
  /** Runs `fn` in an extension context (`chrome.*` available): the service worker, or an extension tab in Firefox. */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Starts recording requests; `requests()` then lists every one that is not a served page's navigation. */
  recordRequests(): void;
  requests(): string[];
  /** Lets pages of `url`'s origin write and read the clipboard without a prompt. */
  grantClipboard(url: string): Promise<void>;
  close(): Promise<void>;
}

const served = (urls: Set<string>, url: string) => {
  const parsed = new URL(url);
  return urls.has(parsed.origin + parsed.pathname) || urls.has(parsed.origin);
};

/** Finds the button, link or summary named `name` and tags it so the driver can click it for real. */
function tagButton(arg: { source: string; flags: string | null }): string | null {
  const matches = (text: string) => (arg.flags === null ? text === arg.source : new RegExp(arg.source, arg.flags).test(text));
  const candidates = [...document.querySelectorAll('button, a, summary, [role=button]')] as HTMLElement[];
  const found = candidates.find((el) => matches((el.getAttribute('aria-label') ?? '').trim()) || matches((el.textContent ?? '').trim()));
  if (!found) return null;
  const tag = `e2e-${Math.random().toString(36).slice(2)}`;
  found.setAttribute('data-e2e-target', tag);
  return `[data-e2e-target="${tag}"]`;
}

/** Tags the control of the <label> whose text is `label`. */
function tagLabelled(label: string): string | null {
  const found = [...document.querySelectorAll('label')].find((el) => (el.textContent ?? '').trim() === label && el.control);
  const control = found?.control;
  if (!control) return null;
  const tag = `e2e-${Math.random().toString(36).slice(2)}`;
  control.setAttribute('data-e2e-target', tag);
  return `[data-e2e-target="${tag}"]`;
}

function hostAttributes(): Record<string, string> | null {
  const host = document.querySelector('credit-auth-sidebar');
  if (!host) return null;
  return Object.fromEntries([...host.attributes].map((attr) => [attr.name, attr.value]));
}

const nameArg = (name: string | RegExp) =>
  typeof name === 'string' ? { source: name, flags: null } : { source: name.source, flags: name.flags };

// --- Chromium (Playwright) ---

function playwrightPage(page: Page): TestPage {
  return {
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(selector, options) {
      await page.waitForSelector(selector, { state: 'attached', timeout: options?.timeout });
    },
    async waitForFunction(fn, arg, options) {
      const handle = await page.waitForFunction(fn as never, arg, { timeout: options?.timeout, polling: options?.polling });
      return (await handle.jsonValue()) as never;
    },
    wait: (ms) => page.waitForTimeout(ms),
    count: (selector) => page.locator(selector).count(),
    text: (selector) => page.locator(selector).first().textContent(),
    attribute: (selector, name) => page.locator(selector).first().getAttribute(name),
    isChecked: (selector) => page.locator(selector).first().isChecked(),
    click: (selector) => page.locator(selector).first().click(),
    async clickButton(name) {
      const selector = await page.evaluate(tagButton, nameArg(name));
      if (!selector) throw new Error(`no button named ${String(name)}`);
      await page.locator(selector).click();
    },
    fill: (selector, value) => page.locator(selector).first().fill(value),
    async labelled(label) {
      const selector = await page.evaluate(tagLabelled, label);
      if (!selector) throw new Error(`no control labelled ${label}`);
      return selector;
    },
    check: (selector) => page.locator(selector).first().check(),
    uncheck: (selector) => page.locator(selector).first().uncheck(),
    focus: (selector) => page.focus(selector),
    screenshot: (options) => page.screenshot(options),
    setViewport: (size) => page.setViewportSize(size),
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return readFileSync(await download.path(), 'utf8');
    },
    keyboard: { type: (text) => page.keyboard.type(text), press: (key) => page.keyboard.press(key) },
    mouse: { click: (x, y) => page.mouse.click(x, y) },
    bringToFront: () => page.bringToFront(),
    onConsole(listener) {
      page.on('console', (message) => listener(message.text()));
    },
    sidebar: (settleMs) => sidebarAttributes(page, settleMs),
    shadow: () => closedShadowRoot(page),
    close: () => page.close(),
  };
}

async function launchChromium(build: string, options: DriverOptions): Promise<TestBrowser> {
  const extension = await launchWithExtension(build, options);
  const urls = new Set<string>();
  const recorded: string[] = [];
  let recording = false;
  extension.context.on('request', (request) => {
    if (!recording) return;
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (request.isNavigationRequest() && served(urls, url)) return;
    recorded.push(`${request.method()} ${url}`);
  });
  return {
    name: 'chromium',
    extensionOrigin: `chrome-extension://${extension.extensionId}`,
    async serve(url, html, headers = {}) {
      const parsed = new URL(url);
      urls.add(parsed.pathname === '/' ? parsed.origin : parsed.origin + parsed.pathname);
      const pattern = parsed.pathname === '/' ? `${parsed.origin}/**` : `${parsed.origin}${parsed.pathname}`;
      await extension.context.route(pattern, (route) =>
        route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: html }),
      );
    },
    async newPage() {
      return playwrightPage(await extension.context.newPage());
    },
    async extensionPage(path) {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
      return playwrightPage(page);
    },
    inExtension: (fn, arg) => extension.worker.evaluate(fn as never, arg) as never,
    recordRequests() {
      recording = true;
    },
    requests: () => [...recorded],
    grantClipboard: (url) => extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin }),
    close: () => extension.close(),
  };
}

// --- Firefox (puppeteer-core over WebDriver BiDi) ---

/** What is used of puppeteer's BiDi frame beyond its public API: the realm and the raw navigate. */
interface BidiFrameInternals {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
  mainRealm(): {
    realm: {
      callFunction(
        functionDeclaration: string,
        awaitPromise: boolean,
        options: Record<string, unknown>,
      ): Promise<{ type: 'success' | 'exception'; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>;
    };
  };
}

function puppeteerPage(page: PuppeteerPage, downloadDir: string): TestPage {
  const frame = () => page.mainFrame() as unknown as BidiFrameInternals;
  const self: TestPage = {
    async goto(url) {
      if (url.startsWith('moz-extension://')) {
        // A moz-extension:// load moves the tab to the extension process, and puppeteer's
        // navigation wait never ends: navigate without waiting, then wait for the document.
        await frame().browsingContext.navigate(url, 'none');
        await page.waitForFunction((target: string) => location.href === target && document.readyState === 'complete', { timeout: 10_000 }, url);
        return;
      }
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitFor(selector, options) {
      await page.waitForSelector(selector, { timeout: options?.timeout ?? 30_000 });
    },
    async waitForFunction(fn, arg, options) {
      const handle = await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout: options?.timeout ?? 30_000, polling: options?.polling ?? 'raf' }, arg);
      return (await handle.jsonValue()) as never;
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    count: (selector) => page.evaluate((s: string) => document.querySelectorAll(s).length, selector),
    text: (selector) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector),
    attribute: (selector, name) =>
      page.evaluate((s: string, n: string) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name),
    isChecked: (selector) => page.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement | null)?.checked ?? false, selector),
    async click(selector) {
      await page.waitForSelector(selector, { visible: true });
      await page.locator(selector).click();
    },
    async clickButton(name) {
      const selector = await page.evaluate(tagButton, nameArg(name));
      if (!selector) throw new Error(`no button named ${String(name)}`);
      await page.locator(selector).click();
    },
    async fill(selector, value) {
      await page.locator(selector).fill(value);
    },
    async labelled(label) {
      const selector = await page.evaluate(tagLabelled, label);
      if (!selector) throw new Error(`no control labelled ${label}`);
      return selector;
    },
    async check(selector) {
      if (!(await self.isChecked(selector))) await self.click(selector);
    },
    async uncheck(selector) {
      if (await self.isChecked(selector)) await self.click(selector);
    },
    focus: (selector) => page.focus(selector),
    async screenshot(options = {}) {
      const shot = await page.screenshot({ ...options, path: undefined } as never);
      const buffer = Buffer.from(shot as unknown as Uint8Array);
      if (options.path) {
        mkdirSync(dirname(options.path), { recursive: true });
        writeFileSync(options.path, buffer);
      }
      return buffer;
    },
    setViewport: (size) => page.setViewport(size),
    async download(trigger) {
      const before = new Set(readdirSync(downloadDir));
      await trigger();
      const started = Date.now();
      while (Date.now() - started < 10_000) {
        // Firefox creates `name` empty, writes `name.part`, and moves it over `name` when done.
        const names = readdirSync(downloadDir);
        const done = names.filter((name) => !before.has(name) && !name.endsWith('.part') && !names.includes(`${name}.part`));
        const text = done.length > 0 ? readFileSync(join(downloadDir, done[0]!), 'utf8') : '';
        if (text) return text;
        await self.wait(100);
      }
      throw new Error('no download within 10 s');
    },
    keyboard: { type: (text) => page.keyboard.type(text), press: (key) => page.keyboard.press(key as KeyInput) },
    mouse: { click: (x, y) => page.mouse.click(x, y) },
    bringToFront: () => page.bringToFront(),
    onConsole(listener) {
      page.on('console', (message) => listener(message.text()));
    },
    async sidebar(settleMs = 0) {
      if (settleMs > 0) await self.wait(settleMs);
      return page.evaluate(hostAttributes);
    },
    async shadow() {
      // WebDriver BiDi serializes a closed shadow root when asked (includeShadowTree: 'all'):
      // the test then calls into it by its shared id. No hook in the product is needed.
      const realm = () => frame().mainRealm().realm;
      const host = await realm().callFunction('() => document.querySelector("credit-auth-sidebar")', true, {
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
        resultOwnership: 'none',
      });
      const shadowRoot = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
      if (!shadowRoot?.sharedId) throw new Error('no shadow root on credit-auth-sidebar');
      const sharedId = shadowRoot.sharedId;
      return {
        async call<T>(fn: string): Promise<T> {
          const response = await realm().callFunction(
            `async function () { const value = await (${fn}).call(this); return value === undefined ? 'null' : JSON.stringify(value); }`,
            true,
            // As a click by the user would: the call carries user activation (clipboard, popovers).
            { this: { sharedId }, resultOwnership: 'none', userActivation: true },
          );
          if (response.type === 'exception') throw new Error(response.exceptionDetails?.text ?? 'exception in the shadow root');
          return JSON.parse(String(response.result?.value)) as T;
        },
      };
    },
    close: () => page.close(),
  };
  return self;
}

/** Hosts of Firefox's own background services, which the add-on never contacts. */
const MOZILLA_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

async function launchFirefox(build: string, options: DriverOptions): Promise<TestBrowser> {
  const firefox = await launchFirefoxExtensionBrowser(build, options);
  const urls = new Set<string>();
  const recorded: string[] = [];
  let recording = false;
  const connection = (firefox.browser as unknown as { connection: unknown }).connection as {
    on(event: 'network.beforeRequestSent', listener: (params: { navigation: string | null; request: { method: string; url: string } }) => void): void;
  };
  // WebDriver BiDi's network events, for every tab: web pages and the add-on's own pages.
  connection.on('network.beforeRequestSent', ({ navigation, request }) => {
    if (!recording) return;
    const { url } = request;
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (navigation !== null && served(urls, url)) return;
    recorded.push(`${request.method} ${url}`);
  });
  const proxiedFrom = { index: 0 };
  const driver: TestBrowser = {
    name: 'firefox',
    extensionOrigin: firefox.origin,
    async serve(url, html, headers = {}) {
      const parsed = new URL(url);
      urls.add(parsed.pathname === '/' ? parsed.origin : parsed.origin + parsed.pathname);
      firefox.serve(url, html, headers);
    },
    async newPage() {
      return puppeteerPage(await firefox.browser.newPage(), firefox.downloadDir);
    },
    async extensionPage(path) {
      const page = puppeteerPage(await firefox.browser.newPage(), firefox.downloadDir);
      await page.goto(`${firefox.origin}/${path}`);
      return page;
    },
    inExtension: (fn, arg) => probe.evaluate(fn, arg),
    recordRequests() {
      recording = true;
      proxiedFrom.index = firefox.proxied.length;
    },
    requests() {
      // Besides BiDi's events, the proxy saw every request of the whole browser (the add-on's
      // background included): anything there but a served page is listed too.
      // Firefox's own services (remote settings, add-on updates, ...) are Mozilla's hosts, left out.
      const proxied = firefox.proxied
        .slice(proxiedFrom.index)
        .filter((entry) => !(entry.startsWith('GET ') && served(urls, entry.slice(4))))
        .filter((entry) => !MOZILLA_HOST.test(new URL(entry.slice(entry.indexOf(' ') + 1)).hostname))
        .map((entry) => `proxy: ${entry}`);
      return [...recorded, ...proxied];
    },
    // Firefox has no per-origin clipboard grant: the launch sets its testing pref instead
    // (dom.events.testing.asyncClipboard), which lifts the prompt for every page.
    grantClipboard: async () => undefined,
    close: () => firefox.close(),
  };
  // An extension page kept open in the first tab, where `chrome.*` is evaluated: opened now, so
  // that the pages a test opens later are the active tab, as in Chromium.
  const probe = await driver.extensionPage('options.html?e2e-probe');
  return driver;
}

/** Launches the browser under test ($E2E_BROWSER) with `build` (`BUILD.prod` or `BUILD.e2e`). */
export function launchDriver(build: string, options: DriverOptions = {}): Promise<TestBrowser> {
  return BROWSER === 'firefox' ? launchFirefox(build, options) : launchChromium(build, options);
}
