/**
 * Firefox at the size of a phone (360 × 740): the sidebar starts as the edge tab, takes the whole
 * width when opened and nothing in it runs past the edge, expanded or collapsed; the credit-report
 * reader and the popup
 * (opened as a page, as Firefox for Android does) never scrolls sideways. Screenshots are saved
 * for people to look at (test-results/screenshots/firefox-android/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, fixture, launchDriver, type TestBrowser, type TestPage, FILLED_SIDEBAR } from './harness';

const PHONE = { width: 360, height: 740 };
const OUT = 'test-results/screenshots/firefox-android';
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchDriver(BUILD.prod, { viewport: PHONE });
  await browser.serve('https://www.fenqile.com/', fixture('fenqile.html'));
});
afterAll(async () => {
  await browser?.close();
});

/** Visible elements of the document (or of `root`) whose right edge runs past the viewport. */
const OVERFLOW = `function () {
  const root = this && this.querySelectorAll ? this : document;
  return [...root.querySelectorAll('*')]
    .filter((el) => el.checkVisibility && el.checkVisibility())
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.right > document.documentElement.clientWidth + 0.5 || box.left < -0.5))
    .map(({ el, box }) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(box.left) + '–' + Math.round(box.right));
}`;

async function popupAtPhoneSize(): Promise<TestPage> {
  const popup = await browser.extensionPage('popup.html');
  await popup.setViewport(PHONE);
  await popup.waitFor('main.popup:not([aria-busy])');
  return popup;
}

describe('360 × 740', () => {
  it('the sidebar fills the width, nothing runs past its edge, expanded or collapsed', async () => {
    const page = await browser.newPage();
    await page.goto('https://www.fenqile.com/');
    await page.waitFor(FILLED_SIDEBAR);
    const shadow = await page.shadow();
    // Below 600 px it starts as the edge tab (rules/sidebar-presentation.ts): opened, it fills the screen.
    await expect.poll(() => shadow.call<boolean>(`function () { return this.querySelector('.edge-tab') !== null; }`)).toBe(true);
    expect(await shadow.call<string[]>(OVERFLOW)).toEqual([]);
    await shadow.call(`function () { this.querySelector('.edge-tab').click(); }`);
    await expect.poll(() => shadow.call<boolean>(`function () { return this.querySelector('.panel') !== null; }`)).toBe(true);
    const panel = await shadow.call<{ x: number; y: number; width: number; height: number }>(`function () {
      const { x, y, width, height } = this.querySelector('.panel').getBoundingClientRect();
      return { x, y, width, height };
    }`);
    // The whole viewport, less the page's scrollbars (desktop Firefox draws classic ones; a
    // fixed-width panel of 100vw would start left of the screen by their width).
    const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
    expect(viewport.width).toBeGreaterThan(PHONE.width - 20);
    expect(panel).toEqual({ x: 0, y: 0, ...viewport });
    expect(await shadow.call<string[]>(OVERFLOW)).toEqual([]);
    expect(await shadow.call<boolean>(`function () { const body = this.querySelector('.body'); return body.scrollWidth <= body.clientWidth; }`)).toBe(
      true,
    );
    await page.screenshot({ path: `${OUT}/sidebar.png` });
    // The collapse button is on screen and collapses to the edge tab, also on screen.
    await shadow.call(`function () { this.querySelector('button[aria-label="收起侧边栏"]').click(); }`);
    await expect.poll(() => shadow.call<boolean>(`function () { return this.querySelector('.edge-tab') !== null; }`)).toBe(true);
    expect(await shadow.call<string[]>(OVERFLOW)).toEqual([]);
    await page.screenshot({ path: `${OUT}/sidebar-collapsed.png` });
    await page.close();
  });

  it('the popup never scrolls sideways, on its start page and a platform’s checklist', async () => {
    const popup = await popupAtPhoneSize();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await popup.evaluate((source) => (0, eval)(`(${source})`).call(null), OVERFLOW)).toEqual([]);
    await popup.screenshot({ path: `${OUT}/popup.png` });
    await popup.fill('input[type=search]', 'fql');
    await popup.click('[data-testid="directory-results"] [data-platform="fenqile"]');
    await popup.waitFor('.checklist');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await popup.evaluate((source) => (0, eval)(`(${source})`).call(null), OVERFLOW)).toEqual([]);
    await popup.screenshot({ path: `${OUT}/popup-checklist.png`, fullPage: true });
    await popup.close();
  });

  it('the credit-report reader never scrolls sideways, empty and with a pasted report read', async () => {
    const report = await browser.extensionPage('report.html');
    await report.setViewport(PHONE);
    await report.waitFor('main.report:not([aria-busy])');
    expect(await report.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await report.screenshot({ path: `${OUT}/report.png` });
    await report.fill('[data-contract="report-input"]', readFileSync(join(process.cwd(), 'tests/fixtures/credit-reports/second-gen-detailed.txt'), 'utf8'));
    await report.click('[data-contract="report-analyze"]');
    await report.waitFor('[data-contract="post-loan-querier"]');
    expect(await report.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await report.evaluate((source) => (0, eval)(`(${source})`).call(null), OVERFLOW)).toEqual([]);
    await report.screenshot({ path: `${OUT}/report-read.png`, fullPage: true });
    await report.close();
  });
});
