/**
 * Screenshots of the sidebar for people to look at (light, dark, 360 px wide, collapsed), written
 * to test-results/screenshots/. Each also checks the states it shows. The expanded panel is shot
 * on a withdrawal-flow page (the personal center), where it opens by itself.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closedShadowRoot, fixture, launchWithExtension, PROD_BUILD, type ExtensionBrowser, FILLED_SIDEBAR } from './harness';

const OUT = 'test-results/screenshots';
mkdirSync(OUT, { recursive: true });

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openPlatformPage(options: Parameters<typeof launchWithExtension>[1], path = '/user/center') {
  browser = await launchWithExtension(PROD_BUILD, options);
  await browser.serve('https://www.fenqile.com/', fixture('fenqile.html'));
  const page = await browser.context.newPage();
  await page.goto(`https://www.fenqile.com${path}`);
  await page.waitForSelector(FILLED_SIDEBAR, { state: 'attached' });
  return page;
}

describe('sidebar screenshots', () => {
  it.each([
    ['light', { colorScheme: 'light' as const }],
    ['dark', { colorScheme: 'dark' as const }],
  ])('%s', async (name, options) => {
    const page = await openPlatformPage(options);
    const layout = await page.evaluate(() => {
      const host = document.querySelector('credit-auth-sidebar')!;
      const probe = document.querySelector('h1, header, nav')!;
      const measure = () => ({
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
        probe: JSON.stringify(probe.getBoundingClientRect()),
      });
      const atRightEdge = document.elementFromPoint(window.innerWidth - 20, 200)?.tagName.toLowerCase();
      const withSidebar = measure();
      host.remove();
      const withoutSidebar = measure();
      document.documentElement.append(host);
      return { atRightEdge, withSidebar, withoutSidebar };
    });
    // The sidebar covers the right edge and moves nothing of the page's own layout.
    expect(layout.atRightEdge).toBe('credit-auth-sidebar');
    expect(layout.withSidebar).toEqual(layout.withoutSidebar);
    await page.screenshot({ path: `${OUT}/sidebar-${name}.png` });
  });

  it('collapsed to the edge tab with Esc', async () => {
    const page = await openPlatformPage({});
    await page.waitForTimeout(300);
    await page.mouse.click(1100, 400); // reading the sidebar: a click on its text
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    const atPanel = await page.evaluate(() => document.elementFromPoint(1000, 200)?.tagName.toLowerCase());
    expect(atPanel).not.toBe('credit-auth-sidebar');
    await page.screenshot({ path: `${OUT}/sidebar-collapsed.png` });
  });

  it('a step outlined on the page', async () => {
    const page = await openPlatformPage({});
    const shadow = await closedShadowRoot(page);
    await shadow.call(`function () { this.querySelector('button[aria-label="在页面上找“设置”"]').click(); }`);
    await page.waitForTimeout(600);
    expect(await shadow.call<boolean>(`function () { return !!this.querySelector('[data-outline]'); }`)).toBe(true);
    await page.screenshot({ path: `${OUT}/sidebar-step-outlined.png` });
  });

  it('the owe-money answer and the refused path', async () => {
    const page = await openPlatformPage({});
    const shadow = await closedShadowRoot(page);
    await shadow.call(`function () {
      this.querySelector('input[type=radio][value=yes]').click();
      this.querySelector('[data-section="when-refused"]').scrollIntoView();
    }`);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/sidebar-refused-path.png` });
    await shadow.call(`function () { this.querySelector('[data-section="decision"]').scrollIntoView(); }`);
    await page.screenshot({ path: `${OUT}/sidebar-decision.png` });
  });
});
