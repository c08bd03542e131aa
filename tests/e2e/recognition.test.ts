/**
 * The production build in Chromium and in Firefox (one suite, the browser-neutral driver): each
 * of the ten DOMAIN.md platforms gets the sidebar under its real host; look-alike hosts, a shop
 * page and a news page get none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, fixture, launchDriver, type TestBrowser, FILLED_SIDEBAR } from './harness';

const PLATFORM_PAGES = [
  ['fenqile', 'https://www.fenqile.com/'],
  ['mucfc', 'https://www.mucfc.com/'],
  ['msxf', 'https://www.msxf.com/'],
  ['duxiaoman', 'https://www.duxiaoman.com/'],
  ['qifu', 'https://www.360jie.com.cn/'],
  ['yangqianguan', 'https://www.yangqianguan.com/'],
  ['webank', 'https://www.webank.com/'],
  ['ppdai', 'https://www.ppdai.com/'],
  ['huanbei', 'https://www.huanbeiloan.com/'],
  ['jd-finance', 'https://jr.jd.com/'],
] as const;

const NOT_PLATFORM_PAGES = [
  ['jd-item.html', 'https://item.jd.com/100012043978.html'],
  ['fenqile-lookalike-path.html', 'https://fenqile.com.evil.cn/'],
  ['news-article.html', 'https://news.example.org/2026/11/weather.html'],
] as const;

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchDriver(BUILD.prod);
  for (const [id, url] of PLATFORM_PAGES) await browser.serve(url, fixture(`${id}.html`));
  for (const [file, url] of NOT_PLATFORM_PAGES) await browser.serve(url, fixture(file));
});

afterAll(async () => {
  await browser?.close();
});

describe('known platforms', () => {
  it.each(PLATFORM_PAGES)('%s shows the sidebar at %s', async (id, url) => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitFor(FILLED_SIDEBAR, { timeout: 5_000 });
    const attributes = await page.sidebar();
    expect(attributes).toMatchObject({ 'data-kind': 'platform', 'data-platform': id });
    // The shadow root is closed: the page cannot reach into it.
    expect(await page.evaluate(() => document.querySelector('credit-auth-sidebar')?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });
});

describe('pages that are not known platforms', () => {
  it.each(NOT_PLATFORM_PAGES)('%s at %s gets no sidebar', async (_file, url) => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.sidebar(500)).toBeNull();
    await page.close();
  });
});

describe('background and popup', () => {
  it('names the platform of the tab in the action title and the popup', async () => {
    const page = await browser.newPage();
    await page.goto('https://www.mucfc.com/');
    await page.waitFor(FILLED_SIDEBAR);
    await page.bringToFront();
    const tabId = await browser.inExtension(async () => {
      // The page just brought to front is the active tab (no `tabs` permission: URLs are not visible).
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });
    await expect.poll(() => browser.inExtension((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain('招联');
    const popup = await browser.extensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.attribute('section.current', 'data-platform')).toBe('mucfc');
    expect(await popup.text('section.current')).toContain('招联');
    await popup.close();
    await page.close();
  });
});
