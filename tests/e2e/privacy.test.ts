/**
 * Privacy (Chromium and Firefox, one suite): every surface of the extension is used while all
 * network traffic is recorded, and the extension makes no request at all. The pages used load
 * nothing themselves, so any request besides the test's own navigations is the extension's.
 * Chromium records through Playwright's request events; Firefox through WebDriver BiDi's
 * network events for every tab, and the local proxy that every request of the browser (the
 * add-on's background included) goes through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, fixture, launchDriver, type TestBrowser } from './harness';

const CORPUS = join(process.cwd(), 'tests/fixtures/corpus/pages');
const PAGES: Record<string, string> = {
  'https://www.fenqile.com/': fixture('fenqile.html'),
  'https://www.mucfc.com/': fixture('mucfc.html'),
  'https://h5.qingyun-credit.com/apply': readFileSync(join(CORPUS, 'lending-qingyun-h5.html'), 'utf8'),
  'https://www.mucfc-jk.com/': readFileSync(join(CORPUS, 'lookalike-mucfc-hyphen.html'), 'utf8'),
  'https://www.kuaidai888.top/': readFileSync(join(CORPUS, 'predatory-black-loan.html'), 'utf8'),
  'https://www.yuejie-fin.com/apply': readFileSync(join(CORPUS, 'lending-yuejie-apply.html'), 'utf8'),
  'https://news.example.org/2026/11/weather.html': fixture('news-article.html'),
};

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchDriver(BUILD.e2e);
  for (const [url, html] of Object.entries(PAGES)) await browser.serve(url, html);
  browser.recordRequests();
});
afterAll(async () => {
  await browser?.close();
});

describe('no network request by the extension', () => {
  it('across sidebars, popup, options and export', async () => {
    for (const url of Object.keys(PAGES)) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.wait(1200);
      if (await page.count('credit-auth-sidebar')) {
        const shadow = await page.shadow();
        // Use the sidebar: find steps, copy, answer, open the sources list.
        await shadow.call(`function () {
          for (const button of this.querySelectorAll('.small-button')) button.click();
          this.querySelector('details')?.setAttribute('open', '');
          this.querySelector('input[type=radio][value=no]')?.click();
        }`);
        await page.wait(300);
      }
      await page.close();
    }

    const popup = await browser.extensionPage('popup.html');
    await popup.waitFor('main.popup:not([aria-busy])');
    await popup.fill('input[type=search]', 'zl');
    await popup.click('[data-testid="directory-results"] button');
    await popup.check('[data-step="confirm-type"]');
    await popup.fill(await popup.labelled('经过（对方说了什么）'), '测试记录');
    await popup.clickButton('添加记录');
    await popup.clickButton(/天后提醒我查看征信报告/);
    await popup.close();

    const options = await browser.extensionPage('options.html');
    await options.waitFor('main.options:not([aria-busy])');
    expect(await options.download(() => options.clickButton('导出备份（JSON）'))).toContain('"progress"');
    expect(await options.download(() => options.clickButton('导出记录报告（Markdown）'))).toContain('#');
    await options.uncheck('[data-testid="all-sites"]');
    await options.check('[data-testid="all-sites"]');
    await options.close();

    expect(browser.requests()).toEqual([]);
  });

  it('the recorder does catch a request from an extension context (the check above can fail)', async () => {
    const before = browser.requests().length;
    await browser.inExtension(() => fetch('https://probe.example.net/e2e-recorder-check').then(() => undefined, () => undefined));
    await expect.poll(() => browser.requests().slice(before).join('\n')).toContain('probe.example.net/e2e-recorder-check');
  });
});
