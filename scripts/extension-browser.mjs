/**
 * Launches Chromium with a built extension loaded, and serves local pages under real host names.
 * Shared by `npm start` and the end-to-end tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
    executablePath,
    headless,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
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
