/**
 * End-to-end harness: launches Debian's Chromium with a built extension, serves fixture pages
 * under real host names (every other request is answered 404 locally: nothing leaves the machine).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PROD_BUILD = resolve('.output/chrome-mv3');
export const E2E_BUILD = resolve('.output/chrome-mv3-e2e');
export const FIXTURES = resolve('tests/fixtures/pages');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serves `html` for every request to `url`'s origin. */
  serve(url: string, html: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  extensionDir: string,
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cah-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
    args: [
      '--headless=new',
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
  // Nothing may reach the network: unknown requests get a local 404.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.fulfill({ status: 404, body: '' }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async serve(url, html) {
      const origin = new URL(url).origin;
      await context.route(`${origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
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
