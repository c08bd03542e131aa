/**
 * Launches Chromium (Playwright) or Firefox (puppeteer-core over WebDriver BiDi) with a built
 * extension loaded, and serves local pages under real host names. Shared by `npm start` and the
 * end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'];

/** The browser to drive: $CHROMIUM_PATH, or the first Chromium found; null when there is none. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const MISSING_BROWSER_MESSAGE = [
  'No Chromium found. Install it and run again:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
  '  elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium',
  '(Branded Google Chrome no longer loads unpacked extensions from the command line.)',
].join('\n');

/** The window, language and colours of every browser launched here (with the extension or without). */
function browserSettings(options = {}) {
  return {
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
  };
}

/** Headless where asked; nothing reaches the closed network (background networking off). */
function browserArgs(headless) {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * A browser without the extension, set up as launchExtensionBrowser sets up its own (the same
 * viewport, locale, colours and flags): what the bench and the trace compare with.
 * @param {{ headless?: boolean }} [options]
 */
export async function launchBareBrowser(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  const settings = browserSettings(options);
  return chromium.launchPersistentContext('', { ...settings, executablePath, args: browserArgs(settings.headless) });
}

/**
 * @param {string} extensionDir the unpacked build, e.g. .output/chrome-mv3
 * @param {{ headless?: boolean, colorScheme?: 'light' | 'dark', viewport?: { width: number, height: number }, offline?: boolean, profileDir?: string }} [options]
 */
export async function launchExtensionBrowser(extensionDir, options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
  const headless = options.headless ?? true;
  // A given profile survives close (to test a browser restart); a fresh one is removed.
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'cah-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...browserSettings(options),
    executablePath,
    args: [...browserArgs(headless), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  if (options.offline ?? true) {
    // Nothing reaches the network: any request without a served page gets a local 404.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.fulfill({ status: 404, body: '' }),
    );
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    /** Serves `html` for every request to the origin of `url`. */
    async serve(url, html) {
      const { origin } = new URL(url);
      await context.route(`${origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi.

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/** The Firefox to drive: $FIREFOX_PATH, or the first one found; null when there is none. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : null;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const MISSING_FIREFOX_MESSAGE = [
  'No Firefox found. Install it and run again:',
  '  Debian/Ubuntu: sudo apt-get install -y firefox-esr fonts-noto-cjk',
  '  elsewhere: install Firefox and set FIREFOX_PATH=/path/to/firefox',
].join('\n');

/** The add-on's id (wxt.config.ts) and the fixed UUID of its moz-extension:// origin in tests. */
export const FIREFOX_ADDON_ID = 'credit-auth-helper@zhengxin-shouquan.org';
export const FIREFOX_ADDON_UUID = '3c8f6a2e-5b1d-4e7a-9c0f-1a2b3c4d5e6f';

/** @type {{ key: Buffer, cert: Buffer } | undefined} */
let certificate;

/** A throwaway self-signed certificate (one per process): the proxy below answers https with it. */
function makeCertificate(dir) {
  if (certificate) return certificate;
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=credit-auth-e2e.test'],
    { stdio: 'ignore' },
  );
  certificate = { key: readFileSync(key), cert: readFileSync(cert) };
  return certificate;
}

/**
 * Serves local pages under real host names to Firefox, which is told to use this server as its
 * proxy for every http and https request: so a page keeps its real URL (`https://www.fenqile.com/`,
 * no port), and every request of the whole browser, the extension's background included, passes
 * here and is recorded. https is answered with a self-signed certificate (the session accepts
 * insecure certificates). Anything not served gets a 404.
 */
async function startFixtureProxy(dir) {
  /** @type {Map<string, { html: string, headers: Record<string, string> }>} */
  const pages = new Map();
  /** @type {string[]} */
  const seen = [];
  const respond = (scheme) => (req, res) => {
    const url = scheme === 'http' ? new URL(req.url ?? '/') : new URL(`https://${req.headers.host}${req.url}`);
    seen.push(`${req.method} ${url.href}`);
    const page = pages.get(url.origin + url.pathname) ?? pages.get(url.origin);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
    res.end(page.html);
  };
  const tlsOptions = makeCertificate(dir);
  const inner = createServer(respond('https'));
  const proxy = createServer(respond('http'));
  proxy.on('connect', (req, socket) => {
    socket.on('error', () => undefined);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const secure = new TLSSocket(socket, { isServer: true, ...tlsOptions });
    secure.on('error', () => undefined);
    inner.emit('connection', secure);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = proxy.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    /** Serves `html` at `url`'s origin (any path) or, with a path, at that path only. */
    serve(url, html, headers = {}) {
      const parsed = new URL(url);
      const key = parsed.pathname === '/' ? parsed.origin : parsed.origin + parsed.pathname;
      pages.set(key, { html, headers });
      if (parsed.pathname === '/') pages.set(`${parsed.origin}/`, { html, headers });
    },
    seen,
    close: () => new Promise((resolve) => proxy.close(() => resolve(undefined))),
  };
}

/**
 * @param {string} extensionDir the unpacked Firefox build, e.g. .output/firefox-mv3
 * @param {{ headless?: boolean, colorScheme?: 'light' | 'dark', viewport?: { width: number, height: number }, profileDir?: string }} [options]
 */
export async function launchFirefoxExtensionBrowser(extensionDir, options = {}) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(MISSING_FIREFOX_MESSAGE);
  const { default: puppeteer } = await import('puppeteer-core');
  const work = mkdtempSync(join(tmpdir(), 'cah-firefox-'));
  const server = await startFixtureProxy(work);
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const downloadDir = join(work, 'downloads');
  mkdirSync(downloadDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: viewport,
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    // Lets the session navigate a tab to the add-on's moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // The add-on is installed for the session; over a restart of the same profile it is
      // installed again and finds its storage where it left it.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // permissions.request() is granted as if the user said yes: nobody can answer the prompt
      // in an automated browser (Chromium's tests use the e2e build's granted hosts instead).
      'extensions.webextOptionalPermissionPrompts': false,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'intl.accept_languages': 'zh-CN, zh',
      'browser.chrome.site_icons': false,
      // navigator.clipboard.readText() without the paste prompt (Chromium: a permission grant).
      'dom.events.testing.asyncClipboard': true,
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.shell.checkDefaultBrowser': false,
      // Firefox's own background traffic, off so that every request left is a page's or the add-on's.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'services.settings.server': 'http://127.0.0.1:1/',
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  const addonId = await browser.installExtension(extensionDir);
  return {
    browser,
    addonId,
    uuid: FIREFOX_ADDON_UUID,
    origin: `moz-extension://${FIREFOX_ADDON_UUID}`,
    downloadDir,
    serve: server.serve,
    /** Every request Firefox sent through the proxy, as `METHOD url`. */
    proxied: server.seen,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
