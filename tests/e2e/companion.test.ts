/**
 * The companion that stays out of the way, in the production build at 1280 px and 360 px: the
 * edge tab on a home page, the panel on a withdrawal-flow page, collapsed below 600 px, the
 * left edge; "show me on this page" on H5 settings pages (rows as links, rows as clickable
 * divs), both finding the right entry and not outlining the wrong one; the welcome page on
 * install; the popup's muted-site line and "my platform is not listed"; axe on the new pages;
 * keyboard only. Screenshots go to test-results/screenshots/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { closedShadowRoot, fixture, launchWithExtension, PROD_BUILD, type ExtensionBrowser, FILLED_SIDEBAR } from './harness';

const OUT = 'test-results/screenshots';
mkdirSync(OUT, { recursive: true });

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

async function launch(viewport = DESKTOP, settings?: Record<string, unknown>): Promise<ExtensionBrowser> {
  browser = await launchWithExtension(PROD_BUILD, { viewport });
  if (settings) {
    await browser.worker.evaluate(
      (changes) =>
        chrome.storage.local.set({
          settings: { allSitesRecognition: false, sidebarDefault: 'auto', sidebarEdge: 'right', locale: 'zh-CN', mutedSites: [], recheckDays: 30, ...changes },
        }),
      settings,
    );
  }
  return browser;
}

async function openPage(url: string, html: string): Promise<Page> {
  await browser!.serve(url, html);
  const page = await browser!.context.newPage();
  await page.goto(url);
  await page.waitForSelector(FILLED_SIDEBAR, { state: 'attached' });
  // Let the first render settle before measuring.
  await page.waitForTimeout(300);
  return page;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inSidebar = async <T>(page: Page, body: string) => (await closedShadowRoot(page)).call<T>(`function () { ${body} }`);
const state = (page: Page) =>
  inSidebar<{ panel: Box | null; tab: Box | null; summary: string | null }>(
    page,
    `const box = (el) => { if (!el) return null; const { x, y, width, height } = el.getBoundingClientRect(); return { x, y, width, height }; };
     return { panel: box(this.querySelector('.panel')), tab: box(this.querySelector('.edge-tab')), summary: this.querySelector('[data-tab-summary]')?.textContent ?? null };`,
  );
const outline = (page: Page) =>
  inSidebar<Box | null>(
    page,
    `const el = this.querySelector('[data-outline]'); if (!el) return null; const { x, y, width, height } = el.getBoundingClientRect(); return { x, y, width, height };`,
  );
const click = (page: Page, selector: string) =>
  inSidebar<void>(page, `const el = this.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('none: ' + ${JSON.stringify(selector)}); el.click();`);
const rectOf = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const { x, y, width, height } = document.querySelector(sel)!.getBoundingClientRect();
    return { x, y, width, height };
  }, selector);
/** The outline is drawn 4 px around its target, its sides kept within the viewport. */
function outlines(box: Box | null, target: Box, viewportWidth: number): boolean {
  if (box === null) return false;
  const left = Math.max(0, target.x - 4);
  const right = Math.min(viewportWidth, target.x + target.width + 4);
  return Math.abs(box.x - left) < 2 && Math.abs(box.y - (target.y - 4)) < 2 && Math.abs(box.width - (right - left)) < 2 && Math.abs(box.height - (target.height + 8)) < 2;
}

describe('where the sidebar starts', () => {
  it('1280 px, home page: the edge tab with its one-line summary, the header left free', async () => {
    await launch();
    const page = await openPage('https://www.fenqile.com/', fixture('fenqile.html'));
    const { panel, tab, summary } = await state(page);
    expect(panel).toBeNull();
    expect(summary).toBe('分期乐：怎样撤回征信授权');
    expect(tab!.x + tab!.width).toBeGreaterThan(DESKTOP.width - 2);
    expect(tab!.width).toBeLessThanOrEqual(262);
    // Nothing of the page's header is covered.
    const header = await page.evaluate(() =>
      [...document.querySelectorAll('nav a, header a, header button')].map((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.tagName.toLowerCase();
      }),
    );
    expect(header.length).toBeGreaterThan(0);
    expect(header).not.toContain('credit-auth-sidebar');
    await page.screenshot({ path: `${OUT}/companion-home-1280-tab.png` });
  });

  it('1280 px, a settings page: expanded', async () => {
    await launch();
    const page = await openPage('https://www.fenqile.com/account/settings', fixture('fenqile.html'));
    const { panel } = await state(page);
    expect(panel).not.toBeNull();
    expect(panel!.x + panel!.width).toBeGreaterThan(DESKTOP.width - 2);
    await page.screenshot({ path: `${OUT}/companion-settings-1280-expanded.png` });
  });

  it('360 px: the tab even on a settings page; the page stays usable; a tap opens the panel', async () => {
    await launch(PHONE);
    const page = await openPage('https://m.fenqile.com/#/user/settings', fixture('h5-settings-divs.html'));
    const { panel, tab, summary } = await state(page);
    expect(panel).toBeNull();
    expect(summary).toBeTruthy();
    // Only the mark on a phone: the tab stays small.
    expect(tab!.width).toBeLessThanOrEqual(100);
    // The page's rows, nav bar and tab bar are reachable.
    const covered = await page.evaluate(() =>
      ['.van-nav-bar__title', '[data-tab="mine"]', '[data-row="credit-auth"]'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return document.elementFromPoint(r.x + 8, r.y + r.height / 2)?.closest('credit-auth-sidebar') !== null;
      }),
    );
    expect(covered).toEqual([false, false, false]);
    await page.screenshot({ path: `${OUT}/companion-h5-360-tab.png` });
    await click(page, '.edge-tab');
    await expect.poll(async () => (await state(page)).panel?.width).toBe(PHONE.width);
    await page.screenshot({ path: `${OUT}/companion-h5-360-expanded.png` });
  });

  it('at the left edge when the user chose it', async () => {
    await launch(DESKTOP, { sidebarEdge: 'left' });
    const page = await openPage('https://www.fenqile.com/', fixture('fenqile.html'));
    expect((await state(page)).tab!.x).toBe(0);
    await page.screenshot({ path: `${OUT}/companion-left-tab.png` });
    await click(page, '.edge-tab');
    await expect.poll(async () => (await state(page)).panel?.x).toBe(0);
    await page.screenshot({ path: `${OUT}/companion-left-expanded.png` });
  });
});

describe('show me on this page, H5 settings pages', () => {
  it('rows as links, 1280 px: outlines 征信授权管理, not 隐私设置 or 授权管理', async () => {
    await launch();
    const page = await openPage('https://m.fenqile.com/m/settings', fixture('h5-settings-links.html'));
    expect((await state(page)).panel).not.toBeNull(); // a settings page: expanded
    await click(page, 'button[aria-label="在页面上找“授权管理”"]');
    await expect.poll(() => outline(page)).not.toBeNull();
    const box = await outline(page);
    expect(outlines(box, await rectOf(page, '#credit-auth'), DESKTOP.width)).toBe(true);
    expect(outlines(box, await rectOf(page, '#privacy'), DESKTOP.width)).toBe(false);
    expect(outlines(box, await rectOf(page, '#third-party'), DESKTOP.width)).toBe(false);
    await page.screenshot({ path: `${OUT}/companion-links-outlined.png` });
    // 我的 is the bottom navigation's entry, not 我的协议.
    await click(page, '.edge-tab').catch(() => undefined);
    await click(page, 'button[aria-label="在页面上找“我的”"]');
    await expect.poll(async () => outlines(await outline(page), await rectOf(page, '#tab-mine'), DESKTOP.width)).toBe(true);
  });

  it('rows as clickable divs, 360 px: outlines the whole 征信授权管理 cell, not the group title, the notice or 隐私设置', async () => {
    await launch(PHONE);
    const page = await openPage('https://m.fenqile.com/#/user/settings', fixture('h5-settings-divs.html'));
    await click(page, '.edge-tab');
    await click(page, 'button[aria-label="在页面上找“授权管理”"]');
    await expect.poll(() => outline(page)).not.toBeNull();
    const box = await outline(page);
    expect(outlines(box, await rectOf(page, '[data-row="credit-auth"]'), PHONE.width)).toBe(true);
    for (const wrong of ['[data-row="privacy"]', '.notice', '[data-row="credit-auth"] .van-cell__title']) {
      expect(outlines(box, await rectOf(page, wrong), PHONE.width), wrong).toBe(false);
    }
    // The panel stepped aside to the tab so the outlined row can be seen and tapped.
    expect((await state(page)).panel).toBeNull();
    await page.screenshot({ path: `${OUT}/companion-h5-360-outlined.png` });
    // The outlined row is the page's own element, untouched, and still works.
    await page.click('[data-row="credit-auth"]', { position: { x: 20, y: 12 } });
    expect(await page.evaluate(() => document.body.getAttribute('data-clicked'))).toBe('credit-auth');
  });
});

describe('extension pages', () => {
  async function axe(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  }

  it('the welcome page opens once on install, says what it should, and is axe clean in light and dark', async () => {
    await launch();
    await expect
      .poll(() => browser!.context.pages().map((page) => page.url()), { timeout: 5_000 })
      .toContain(`chrome-extension://${browser!.extensionId}/welcome.html`);
    const welcome = browser!.context.pages().find((page) => page.url().endsWith('/welcome.html'))!;
    await welcome.waitForSelector('main.welcome');
    expect(await welcome.title()).toBe('欢迎使用征信授权助手');
    expect(await welcome.locator('[data-section="all-sites"]').textContent()).toContain('默认关闭');
    expect(await welcome.getByTestId('welcome-report').getAttribute('href')).toBe('/report.html');
    expect(await axe(welcome)).toEqual([]);
    await welcome.setViewportSize(PHONE);
    expect(await welcome.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await welcome.screenshot({ path: `${OUT}/companion-welcome-360.png`, fullPage: true });
    await welcome.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(welcome)).toEqual([]);
  });

  it('the popup: muted on this site with a way back; my platform is not listed; axe clean; keyboard only', async () => {
    await launch(DESKTOP, { mutedSites: ['www.fenqile.com'] });
    await browser!.serve('https://www.fenqile.com/', fixture('fenqile.html'));
    const site = await browser!.context.newPage();
    await site.goto('https://www.fenqile.com/');
    await site.waitForTimeout(500);
    expect(await site.locator('credit-auth-sidebar').count()).toBe(0);
    const tabId = await browser!.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const popup = await browser!.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup:not([aria-busy])');
    const line = popup.getByTestId('muted-site');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.textContent()).toContain('此网站（www.fenqile.com）上已不显示侧边栏');
    expect(await axe(popup)).toEqual([]);
    await popup.screenshot({ path: `${OUT}/companion-popup-muted.png` });

    // Keyboard only: the way back, then "not listed", typing a name, saving it.
    await popup.keyboard.press('Tab');
    for (let i = 0; i < 6 && (await popup.evaluate(() => document.activeElement?.textContent)) !== '重新显示'; i++) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await expect
      .poll(async () => ((await browser!.worker.evaluate(() => chrome.storage.local.get('settings'))).settings as { mutedSites: string[] }).mutedSites)
      .toEqual([]);
    await popup.getByRole('searchbox').focus();
    await popup.keyboard.type('某某花');
    await popup.getByTestId('unlisted-entry').focus();
    await popup.keyboard.press('Enter');
    const name = popup.getByLabel('平台名称（App 或网站上显示的名字）');
    expect(await name.inputValue()).toBe('某某花');
    expect(await popup.getByTestId('letter-text').inputValue()).toContain('致某某花：');
    expect(await axe(popup)).toEqual([]);
    await popup.screenshot({ path: `${OUT}/companion-popup-unlisted.png`, fullPage: true });
    await popup.getByRole('button', { name: '把“某某花”加入我的平台' }).focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(async () => Object.values((await browser!.worker.evaluate(() => chrome.storage.local.get('custom-platforms')))['custom-platforms'] ?? {}))
      .toEqual([expect.objectContaining({ name: '某某花' })]);
    // Nothing typed for the letter was stored.
    expect(JSON.stringify(await browser!.worker.evaluate(() => chrome.storage.local.get(null)))).not.toContain('letter-drafts');
    await popup.screenshot({ path: `${OUT}/companion-popup-custom-entry.png`, fullPage: true });
  });

  it('the sidebar by keyboard alone: Tab to the edge tab, open it, find a step, Esc', async () => {
    await launch();
    const page = await openPage('https://m.fenqile.com/m/settings', fixture('h5-settings-links.html'));
    await click(page, '.header .icon-button'); // start from the tab, as on a home page
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focusedInSidebar = () => page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'credit-auth-sidebar');
    for (let i = 0; i < 40 && !(await focusedInSidebar()); i++) await page.keyboard.press('Tab');
    expect(await focusedInSidebar()).toBe(true);
    expect(await inSidebar<string>(page, 'return this.activeElement?.className ?? "";')).toContain('edge-tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).panel).not.toBeNull();
    expect(await inSidebar<string | null>(page, 'return this.activeElement?.getAttribute("aria-label") ?? null;')).toBe('收起侧边栏');
    for (let i = 0; i < 30; i++) {
      if ((await inSidebar<string | null>(page, 'return this.activeElement?.getAttribute("aria-label") ?? null;')) === '在页面上找“授权管理”') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => outlines(await outline(page), await rectOf(page, '#credit-auth'), DESKTOP.width)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state(page)).panel).toBeNull();
  });
});

describe('the built manifest', () => {
  it('takes its name, description and toolbar title from _locales, zh_CN by default', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(`${PROD_BUILD}/manifest.json`, 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'zh_CN', action: { default_title: '__MSG_actionTitle__' } });
    const en = JSON.parse(readFileSync(`${PROD_BUILD}/_locales/en/messages.json`, 'utf8')) as Record<string, { message: string }>;
    expect(en.extName!.message).toBe('Credit Authorization Helper');
  });
});

describe('English mode', () => {
  it('the sidebar says its guidance is in Chinese, and its own words are English', async () => {
    await launch(DESKTOP, { locale: 'en' });
    const page = await openPage('https://www.fenqile.com/account/settings', fixture('fenqile.html'));
    await expect.poll(async () => (await state(page)).panel).not.toBeNull();
    expect(await inSidebar<string | null>(page, `return this.querySelector('[data-rule-notice]')?.textContent ?? null;`)).toContain('in Chinese');
    expect(await inSidebar<string | null>(page, `return this.querySelector('button.icon-button')?.getAttribute('aria-label') ?? null;`)).toBe('Collapse the sidebar');
    await page.screenshot({ path: `${OUT}/companion-english-sidebar.png` });
  });
});
