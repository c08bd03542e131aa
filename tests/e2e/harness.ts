/**
 * End-to-end helpers: the built extensions, fixture pages, and the sidebar host's attributes.
 * Launching is shared with `npm start` (scripts/extension-browser.mjs).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
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
