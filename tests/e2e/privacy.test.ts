/**
 * Privacy: every surface of the extension (the credit-report reader included) is used while all
 * network traffic is recorded, and the extension makes no request at all. The pages used load nothing themselves, so any request
 * besides the test's own navigations is the extension's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedShadowRoot, E2E_BUILD, fixture, launchWithExtension, type ExtensionBrowser } from './harness';

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

let browser: ExtensionBrowser;
const requests: string[] = [];
const navigations = new Set(Object.keys(PAGES));

beforeAll(async () => {
  browser = await launchWithExtension(E2E_BUILD);
  browser.context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (request.isNavigationRequest() && navigations.has(url)) return;
    requests.push(`${request.method()} ${url}`);
  });
  for (const [url, html] of Object.entries(PAGES)) await browser.serve(url, html);
});
afterAll(async () => {
  await browser?.close();
});

describe('no network request by the extension', () => {
  it('across sidebars, popup, options and export', async () => {
    for (const url of Object.keys(PAGES)) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForTimeout(1200);
      if (await page.locator('credit-auth-sidebar').count()) {
        const shadow = await closedShadowRoot(page);
        // Use the sidebar: find steps, copy, answer, open the sources list.
        await shadow.call(`function () {
          for (const button of this.querySelectorAll('.small-button')) button.click();
          this.querySelector('details')?.setAttribute('open', '');
          this.querySelector('input[type=radio][value=no]')?.click();
        }`);
        await page.waitForTimeout(300);
      }
      await page.close();
    }

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('main.popup:not([aria-busy])');
    await popup.getByRole('searchbox').fill('zl');
    await popup.getByTestId('directory-results').locator('button').first().click();
    await popup.locator('[data-step="confirm-type"]').check();
    await popup.getByLabel('经过（对方说了什么）').fill('测试记录');
    await popup.getByRole('button', { name: '添加记录' }).click();
    await popup.getByRole('button', { name: /天后提醒我查看征信报告/ }).click();
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('main.options:not([aria-busy])');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出备份（JSON）' }).click()]);
    await download.path();
    await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出记录报告（Markdown）' }).click()]);
    await options.getByTestId('all-sites').uncheck();
    await options.getByTestId('all-sites').check();
    await options.close();

    // The credit-report reader: a pasted report with a name and ID number in its header, a PDF
    // read on the device (pdf.js, its worker, CMaps and fonts come from the extension), a save.
    const printer = await browser.context.newPage();
    await printer.setContent(readFileSync(join(process.cwd(), 'tests/fixtures/credit-reports/pdf/report-page.html'), 'utf8'));
    const pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    const report = await browser.context.newPage();
    await report.goto(`chrome-extension://${browser.extensionId}/report.html`);
    await report.waitForSelector('main.report:not([aria-busy])');
    await report.locator('[data-contract="report-input"]').fill(readFileSync(join(process.cwd(), 'tests/fixtures/credit-reports/second-gen-detailed.txt'), 'utf8'));
    await report.locator('[data-contract="report-analyze"]').click();
    await report.waitForSelector('[data-contract="post-loan-querier"]');
    await report.getByTestId('report-save').click();
    await report.waitForSelector('.verification [role="status"]');
    await report.locator('[data-contract="report-file"]').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
    await report.waitForSelector('[data-contract="report-status"][data-state="done"]');
    await report.waitForSelector('[data-contract="post-loan-querier"][data-institution="马上消费金融股份有限公司"]', { timeout: 30_000 });
    await report.close();
    const stored = JSON.stringify(await browser.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(stored).toContain('重庆度小满小额贷款有限公司');
    for (const secret of ['测试人', '110101199001011234', '2026111500001234567890']) expect(stored).not.toContain(secret);

    expect(requests).toEqual([]);
    // Every surface in one browser: slow on a loaded machine.
  }, 120_000);
});
