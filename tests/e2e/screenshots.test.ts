/**
 * Screenshots of the sidebar for people to look at (light, dark, 360 px wide, collapsed), written
 * to test-results/screenshots/. Each also checks the states it shows.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, launchWithExtension, PROD_BUILD, type ExtensionBrowser } from './harness';

const OUT = 'test-results/screenshots';
mkdirSync(OUT, { recursive: true });

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openPlatformPage(options: Parameters<typeof launchWithExtension>[1]) {
  browser = await launchWithExtension(PROD_BUILD, options);
  await browser.serve('https://www.fenqile.com/', fixture('fenqile.html'));
  const page = await browser.context.newPage();
  await page.goto('https://www.fenqile.com/');
  await page.waitForSelector('credit-auth-sidebar', { state: 'attached' });
  return page;
}

describe('sidebar screenshots', () => {
  it.each([
    ['light', { colorScheme: 'light' as const }],
    ['dark', { colorScheme: 'dark' as const }],
    ['narrow-360', { viewport: { width: 360, height: 740 } }],
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
    await page.mouse.click(1100, 400); // reading the sidebar: a click on its text
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    const atPanel = await page.evaluate(() => document.elementFromPoint(1000, 200)?.tagName.toLowerCase());
    expect(atPanel).not.toBe('credit-auth-sidebar');
    await page.screenshot({ path: `${OUT}/sidebar-collapsed.png` });
  });
});
