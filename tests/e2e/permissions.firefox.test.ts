/**
 * Host permissions the Firefox way (Firefox only: Chromium cannot take back a manifest's host
 * access from a test). In Firefox MV3 the user can withhold the add-on's access to the rules'
 * sites; the sidebar then cannot appear, and the popup says so and asks. All-sites recognition
 * requests its optional permission and gives it back. The launch grants a request as if the
 * user said yes (extensions.webextOptionalPermissionPrompts); the refusal is covered by the
 * component tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, fixture, launchDriver, type TestBrowser, FILLED_SIDEBAR } from './harness';

let browser: TestBrowser;
const URL_ = 'https://www.fenqile.com/';

beforeAll(async () => {
  browser = await launchDriver(BUILD.prod);
  await browser.serve(URL_, fixture('fenqile.html'));
  await browser.serve('https://h5.example-loan.cn/', fixture('fenqile-lookalike-path.html'));
});
afterAll(async () => {
  await browser?.close();
});

/** The sidebar's manifest match patterns: the rules' sites. */
const ruleOrigins = () => browser.inExtension(() => chrome.runtime.getManifest().content_scripts![0]!.matches);
const granted = (origins: string[]) => browser.inExtension((wanted) => chrome.permissions.contains({ origins: wanted }), origins);

describe('the rules’ sites withheld', () => {
  it('no sidebar; the popup says so, asks, and once granted the sidebar is back', async () => {
    const origins = await ruleOrigins();
    expect(origins.length).toBeGreaterThan(10);
    expect(await granted(origins)).toBe(true); // granted at install
    expect(await browser.inExtension((wanted) => chrome.permissions.remove({ origins: wanted }), origins)).toBe(true);
    expect(await granted([origins[0]!])).toBe(false);

    const page = await browser.newPage();
    await page.goto(URL_);
    expect(await page.sidebar(1_000)).toBeNull();

    const popup = await browser.extensionPage('popup.html');
    await popup.waitFor('[data-testid="host-access"]');
    expect(await popup.attribute('[data-testid="host-access"]', 'data-missing')).toBe(String(origins.length));
    expect(await popup.text('[data-testid="host-access"]')).toContain('不会出现侧边栏');
    await popup.clickButton('允许在平台网站上运行');
    await expect.poll(() => popup.count('[data-testid="host-access"]')).toBe(0);
    expect(await granted(origins)).toBe(true);
    await popup.close();

    await page.reload();
    await page.waitFor(FILLED_SIDEBAR, { timeout: 5_000 });
    expect(await page.sidebar()).toMatchObject({ 'data-kind': 'platform', 'data-platform': 'fenqile' });
    await page.close();
  });

  it('with every site granted the popup has no such notice', async () => {
    const popup = await browser.extensionPage('popup.html');
    await popup.waitFor('main.popup:not([aria-busy])');
    await popup.wait(300);
    expect(await popup.count('[data-testid="host-access"]')).toBe(0);
    await popup.close();
  });
});

describe('all-sites recognition', () => {
  it('requests *://*/* when turned on and gives it back when turned off; the rules’ sites stay granted', async () => {
    const all = ['*://*/*'];
    expect(await granted(all)).toBe(false);
    const options = await browser.extensionPage('options.html');
    await options.waitFor('main.options:not([aria-busy])');
    expect(await options.isChecked('[data-testid="all-sites"]')).toBe(false);
    await options.check('[data-testid="all-sites"]');
    await expect.poll(() => granted(all)).toBe(true);
    await expect.poll(() => options.text('[data-testid="all-sites-status"]')).toContain('已开启');
    await expect
      .poll(() => browser.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id)))
      .toEqual(['credit-auth-all-sites']);

    // A lending page on no rule's host is now looked at.
    const page = await browser.newPage();
    await page.goto('https://h5.example-loan.cn/');
    await page.waitFor(FILLED_SIDEBAR, { timeout: 5_000 });
    expect((await page.sidebar())?.['data-kind']).toBeTruthy();
    await page.close();

    await options.uncheck('[data-testid="all-sites"]');
    await expect.poll(() => granted(all)).toBe(false);
    await expect.poll(() => options.text('[data-testid="all-sites-status"]')).toContain('已关闭');
    expect(await browser.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
    expect(await granted(await ruleOrigins())).toBe(true);
    await options.close();
  });
});
