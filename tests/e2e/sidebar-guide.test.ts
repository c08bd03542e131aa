/**
 * The sidebar as a guide, in the production build: "show me on this page" outlines the real
 * link and follows it; a missing step points to customer service; the step the user is on
 * follows single-page navigation; the request text reaches the clipboard; the owe-money answer
 * and the per-site choices are kept in extension storage; "don't show on this site" sticks and
 * can be undone on the spot.
 * Axe finds no serious or critical issue in the sidebar, expanded and collapsed, light and dark.
 * One suite for Chromium and Firefox (the browser-neutral driver).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD, fixture, launchDriver, type DriverOptions, type TestBrowser, type TestPage, FILLED_SIDEBAR } from './harness';
import { preferExpandedSidebar } from './sidebar-setup';

/** axe-core itself, injected into the probe page (the same engine in both browsers). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: TestBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const URL_ = 'https://www.fenqile.com/';

/** Opens the home page; `expanded`: with "always expanded" set, for tests of the panel's controls. */
async function open(options: DriverOptions = {}, html = fixture('fenqile.html'), expanded = true, url = URL_): Promise<TestPage> {
  browser ??= await launchDriver(BUILD.prod, options);
  if (expanded) await preferExpandedSidebar(browser);
  await browser.serve(URL_, html);
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitFor(FILLED_SIDEBAR);
  return page;
}

/** Clicks the sidebar button whose accessible text or aria-label is `name`. */
async function clickInSidebar(page: TestPage, name: string): Promise<void> {
  const shadow = await page.shadow();
  await shadow.call(`function () {
    const button = [...this.querySelectorAll('button, input')].find((el) =>
      el.getAttribute('aria-label') === ${JSON.stringify(name)} || el.textContent.trim() === ${JSON.stringify(name)});
    if (!button) throw new Error('no control named ' + ${JSON.stringify(name)});
    button.click();
  }`);
}

const sidebarText = async (page: TestPage, selector: string) =>
  (await page.shadow()).call<string | null>(`function () { return this.querySelector(${JSON.stringify(selector)})?.textContent ?? null; }`);

describe('show me on this page', () => {
  it('outlines the 设置 link, scrolls with it, and draws on the sidebar only', async () => {
    const page = await open();
    await clickInSidebar(page, '在页面上找“设置”');
    const shadow = await page.shadow();
    const outline = () => shadow.call<{ x: number; y: number; width: number; height: number } | null>(`function () {
      const el = this.querySelector('[data-outline]');
      if (!el) return null;
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    }`);
    const link = () =>
      page.evaluate(() => {
        const el = [...document.querySelectorAll('a, button')].find((node) => node.textContent?.trim() === '设置')!;
        const { x, y, width, height } = el.getBoundingClientRect();
        return { x, y, width, height, styled: el.getAttribute('style') };
      });
    await expect.poll(outline).not.toBeNull();
    const [box, target] = [await outline(), await link()];
    expect(Math.abs(box!.x - (target.x - 4))).toBeLessThan(2);
    expect(Math.abs(box!.width - (target.width + 8))).toBeLessThan(2);
    expect(target.styled).toBeNull(); // the page's element is not restyled
    // 设置 sits under the panel: the sidebar steps aside to its edge tab, the outline stays.
    expect(await sidebarText(page, '.edge-tab')).toBeTruthy();
    await (await page.shadow()).call(`function () { this.querySelector('.edge-tab').click(); }`);
    expect(await sidebarText(page, '.find-status')).toContain('已在页面上标出“设置”');
    // Follows the target when the page scrolls.
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      window.scrollTo(0, 200);
    });
    await expect.poll(async () => Math.round((await outline())!.y - ((await link()).y - 4))).toBe(0);
  });

  it('keeps the panel open when the target is clear of it', async () => {
    const page = await open();
    await clickInSidebar(page, '在页面上找“我的”');
    await expect.poll(() => sidebarText(page, '.find-status')).toContain('已在页面上标出“我的”');
    expect(await sidebarText(page, '.edge-tab')).toBeNull();
  });

  it('says when a step is not on the page and offers customer service', async () => {
    const page = await open();
    await clickInSidebar(page, '在页面上找“授权管理”');
    await expect.poll(() => sidebarText(page, '[data-find-missing]')).toContain('没有找到“授权管理”');
    await clickInSidebar(page, '查看联系客服的方法');
    const focused = await (await page.shadow()).call<string | null>(
      'function () { return this.activeElement?.textContent ?? null; }',
    );
    expect(focused).toBe('联系客服');
  });
});

describe('where am I', () => {
  it('marks the step after single-page navigation and a late title', async () => {
    const page = await open();
    expect(await sidebarText(page, '[aria-current="step"]')).toBeNull();
    await page.evaluate(() => history.pushState({}, '', '/account/settings'));
    await expect.poll(() => sidebarText(page, '[aria-current="step"] strong'), { timeout: 3_000 }).toBe('设置');
    await page.evaluate(() => {
      history.pushState({}, '', '/loading');
      setTimeout(() => (document.title = '授权管理 - 分期乐'), 300);
    });
    await expect.poll(() => sidebarText(page, '[aria-current="step"] strong'), { timeout: 3_000 }).toBe('授权管理');
    expect(await page.attribute('credit-auth-sidebar', 'data-platform')).toBe('fenqile');
  });

  it('follows a navigation that comes while the first evaluation is still under way', async () => {
    // The page navigates the moment the guide is drawn, before the first evaluation has read the
    // page's letter and set up its watcher.
    const navigatesAtOnce = `<script>
      new MutationObserver((records, observer) => {
        const host = document.querySelector('credit-auth-sidebar[data-platform]');
        if (!host) return;
        observer.disconnect();
        history.pushState({}, '', '/account/settings');
      }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-platform'], childList: true });
    </script>`;
    const page = await open({}, fixture('fenqile.html').replace('</head>', `${navigatesAtOnce}</head>`));
    await expect.poll(() => sidebarText(page, '[aria-current="step"] strong'), { timeout: 3_000 }).toBe('设置');
  });
});

describe('the request', () => {
  it('copies the request text to the clipboard with a visible confirmation', async () => {
    const page = await open();
    await browser!.grantClipboard(URL_);
    await clickInSidebar(page, '复制申请文本');
    await expect.poll(() => sidebarText(page, '.copy-status')).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('致深圳市分期乐网络科技有限公司');
    expect(copied).toContain('《中华人民共和国个人信息保护法》第十五条');
  });
});

describe('choices are kept by the extension, not the page', () => {
  it('keeps the owe-money answer in extension storage', async () => {
    const page = await open();
    const shadow = await page.shadow();
    await shadow.call(`function () { this.querySelector('input[type=radio][value=yes]').click(); }`);
    await expect
      .poll(async () => ((await browser!.inExtension(() => chrome.storage.local.get('progress'))).progress as Record<string, { owesMoney: string }> | undefined)?.fenqile?.owesMoney)
      .toBe('yes');
    expect(await page.evaluate(() => JSON.stringify(localStorage) + document.cookie)).not.toContain('yes');
    expect(await sidebarText(page, '[data-section="decision"]')).toContain('先按时还清');
    // A new page of the site reads the answer back.
    const again = await browser!.newPage();
    await again.goto(URL_);
    await again.waitFor(FILLED_SIDEBAR);
    await expect
      .poll(async () => (await again.shadow()).call<boolean>(`function () { return this.querySelector('input[value=yes]')?.checked ?? false; }`))
      .toBe(true);
  });

  it('starts as the edge tab on the home page, expanded on a settings page, then as the user left it on this site', async () => {
    let page = await open({}, fixture('fenqile.html'), false);
    expect(await sidebarText(page, 'aside')).toBeNull();
    expect(await sidebarText(page, '[data-tab-summary]')).toBe('分期乐：怎样撤回征信授权');
    await page.close();
    page = await browser!.newPage();
    await page.goto(`${URL_}account/settings`);
    await page.waitFor(FILLED_SIDEBAR);
    await expect.poll(() => sidebarText(page, 'aside h1')).toBe('分期乐');
    await clickInSidebar(page, '收起侧边栏');
    await expect
      .poll(async () => (await browser!.inExtension(() => chrome.storage.local.get('site-ui')))['site-ui'])
      .toEqual({ 'www.fenqile.com': { collapsed: true } });
    await page.reload();
    await page.waitFor(FILLED_SIDEBAR);
    expect(await sidebarText(page, 'aside')).toBeNull();
    expect(await sidebarText(page, '.edge-tab')).toBeTruthy();
    await (await page.shadow()).call(`function () { this.querySelector('.edge-tab').click(); }`);
    await expect
      .poll(async () => (await browser!.inExtension(() => chrome.storage.local.get('site-ui')))['site-ui'])
      .toEqual({ 'www.fenqile.com': { collapsed: false } });
    // Opened by the user on this site: now the home page opens expanded too.
    page = await browser!.newPage();
    await page.goto(URL_);
    await page.waitFor(FILLED_SIDEBAR);
    await expect.poll(() => sidebarText(page, 'aside h1')).toBe('分期乐');
  });

  it('"don\'t show on this site" hides it at once, can be undone on the spot, and otherwise keeps it away', async () => {
    const page = await open();
    const muted = async () =>
      ((await browser!.inExtension(() => chrome.storage.local.get('settings'))).settings as { mutedSites: string[] }).mutedSites;
    await clickInSidebar(page, '在此网站不再显示');
    await expect.poll(muted).toEqual(['www.fenqile.com']);
    expect(await sidebarText(page, 'aside')).toBeNull();
    expect(await sidebarText(page, '[data-muted-notice]')).toContain('www.fenqile.com 上不再显示侧边栏');
    await clickInSidebar(page, '撤销');
    await expect.poll(muted).toEqual([]);
    expect(await sidebarText(page, 'aside h1')).toBe('分期乐');
    await clickInSidebar(page, '在此网站不再显示');
    await clickInSidebar(page, '好的，关闭');
    await expect.poll(() => page.count('credit-auth-sidebar')).toBe(0);
    await page.reload();
    await page.wait(500);
    expect(await page.count('credit-auth-sidebar')).toBe(0);
    expect(await muted()).toEqual(['www.fenqile.com']);
  });
});

describe('accessibility (axe)', () => {
  it.each([
    ['light', false],
    ['dark', false],
    ['light', true],
    ['dark', true],
  ] as const)('%s, collapsed=%s: no serious or critical issue', async (scheme, collapsed) => {
    const page = await open({ colorScheme: scheme });
    if (collapsed) await clickInSidebar(page, '收起侧边栏');
    // axe cannot enter a closed shadow root: copy the live markup and styles into an open one.
    const snapshot = await (await page.shadow()).call<{ html: string; css: string }>(`function () {
      return { html: this.innerHTML, css: [...this.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n') };
    }`);
    const probe = await browser!.newPage();
    await browser!.serve('https://axe.test/', '<!doctype html><html lang="zh-CN"><head><title>axe</title></head><body><main><h1>probe</h1></main><div id="host"></div></body></html>');
    await probe.goto('https://axe.test/');
    await probe.evaluate(({ html, css: text }) => {
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = html;
    }, snapshot);
    expect(await probe.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await probe.evaluate((source) => (0, eval)(source), AXE_SOURCE);
    const serious = await probe.evaluate(async () => {
      const { violations } = await (window as unknown as { axe: { run(context: string): Promise<{ violations: Array<{ id: string; impact?: string; nodes: Array<{ html: string }> }> }> } }).axe.run('#host');
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    });
    expect(serious).toEqual([]);
  });
});
