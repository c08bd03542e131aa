/**
 * "Analyze this page" from the popup, on any page (the e2e build holds the host access a person
 * grants through activeTab by clicking the toolbar button): the verdict of a look-alike, a lure
 * page, a muted platform site where the sidebar can then be shown, and a page with nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_BUILD, fixture, launchWithExtension, type ExtensionBrowser, FILLED_SIDEBAR } from './harness';

const CORPUS = join(process.cwd(), 'tests/fixtures/corpus/pages');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(E2E_BUILD);
  await browser.serve('https://www.fenqi1e.com/', readFileSync(join(CORPUS, 'lookalike-fenqile-digit.html'), 'utf8'));
  await browser.serve('https://www.kuaidai888.top/', readFileSync(join(CORPUS, 'predatory-black-loan.html'), 'utf8'));
  await browser.serve('https://news.example.org/2026/11/weather.html', fixture('news-article.html'));
  await browser.serve('https://www.ppdai.com/', fixture('ppdai.html'));
});
afterAll(async () => {
  await browser?.close();
});

async function analyze(url: string): Promise<{ page: Page; popup: Page; status: string }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  // By its address, not as the active tab: the welcome page opens on install and may take the focus.
  const tabId = await browser.worker.evaluate(async (pattern) => (await chrome.tabs.query({ url: pattern })).at(-1)!.id!, `${new URL(url).origin}/*`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main.popup:not([aria-busy])');
  await popup.getByRole('button', { name: '分析当前页面' }).click();
  const status = popup.locator('[data-analysis]');
  await status.waitFor({ timeout: 8_000 });
  return { page, popup, status: `${await status.getAttribute('data-analysis')}|${await status.textContent()}` };
}

describe('analyze this page', () => {
  it('names the imitated brand on a look-alike', async () => {
    const { status } = await analyze('https://www.fenqi1e.com/');
    expect(status).toMatch(/^lookalike\|.*冒充“分期乐”/);
  });

  it('lists the lures on a predatory page', async () => {
    const { status } = await analyze('https://www.kuaidai888.top/');
    expect(status).toMatch(/^predatory\|.*借贷陷阱/);
  });

  it('finds nothing on a news article', async () => {
    const { status } = await analyze('https://news.example.org/2026/11/weather.html');
    expect(status).toMatch(/^none\|/);
  });

  it('on a muted platform site, shows the sidebar when asked', async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { allSitesRecognition: true, sidebarDefault: 'expanded', locale: 'zh-CN', mutedSites: ['www.ppdai.com'], recheckDays: 30 }, settings$: { v: 2 } }),
    );
    const { page, popup, status } = await analyze('https://www.ppdai.com/');
    expect(status).toMatch(/^platform\|.*拍拍贷/);
    expect(await page.locator('credit-auth-sidebar').count()).toBe(0);
    await popup.getByRole('button', { name: '在此页面显示侧边栏' }).click();
    await page.waitForSelector(FILLED_SIDEBAR, { state: 'attached', timeout: 5_000 });
    expect(await page.locator('credit-auth-sidebar').getAttribute('data-platform')).toBe('ppdai');
  });
});
