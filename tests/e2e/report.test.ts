/**
 * The credit-report reader in the built extension (Chromium), through its observable contract:
 * pasted texts of both generations, text without records, a PDF printed by Chromium from a
 * rendered report, saving a result and verifying against a logged request, what reaches
 * storage (never the name, the ID number or the pasted text), axe, and screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchWithExtension, PROD_BUILD, type ExtensionBrowser } from './harness';

const OUT = 'test-results/screenshots';
mkdirSync(OUT, { recursive: true });
const FIXTURES = join(process.cwd(), 'tests/fixtures/credit-reports');
const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openReader(b: ExtensionBrowser, width = 900): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/report.html`);
  await page.waitForSelector('main.report:not([aria-busy])');
  return page;
}

async function paste(page: Page, text: string) {
  await page.locator('[data-contract="report-input"]').fill(text);
  await page.waitForSelector('[data-contract="report-status"][data-state="done"]');
}

const queriers = (page: Page) =>
  page.locator('[data-contract="post-loan-querier"]').evaluateAll((items) =>
    items.map((item) => ({
      institution: item.getAttribute('data-institution'),
      count: item.getAttribute('data-count'),
      lastDate: item.getAttribute('data-last-date'),
      platform: item.getAttribute('data-platform'),
    })),
  );
const reasons = (page: Page) => page.locator('[data-contract="other-reason"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-reason')));

const SECOND_GEN = [
  { institution: '重庆度小满小额贷款有限公司', count: '3', lastDate: '2026-10-28', platform: 'duxiaoman' },
  { institution: '招联消费金融股份有限公司', count: '1', lastDate: '2026-10-02', platform: 'mucfc' },
  { institution: '马上消费金融股份有限公司', count: '1', lastDate: '2026-08-20', platform: 'msxf' },
];

describe('report.html', () => {
  it('reads a pasted second-generation report on input, and is axe clean', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    const page = await openReader(browser);
    await paste(page, fixtureText('second-gen-detailed.txt'));
    expect(await queriers(page)).toEqual(SECOND_GEN);
    expect((await reasons(page)).sort()).toEqual(['信用卡审批', '担保资格审查', '贷款审批']);
    expect(await page.locator('[data-contract="report-empty"]').count()).toBe(0);
    await page.locator('[data-contract="post-loan-querier"] details').first().evaluate((details) => details.setAttribute('open', ''));
    await expect(page.locator('pre.letter').first().textContent()).resolves.toContain('致重庆度小满小额贷款有限公司');
    await page.screenshot({ path: `${OUT}/report-second-gen.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('first generation: the /operator suffix is dropped; text without records says why', async () => {
    browser = await launchWithExtension(PROD_BUILD, { colorScheme: 'dark' });
    const page = await openReader(browser, 360);
    await paste(page, fixtureText('first-gen-detailed.txt'));
    expect(await queriers(page)).toEqual([
      { institution: '中国工商银行', count: '2', lastDate: '2016-11-20', platform: null },
      { institution: '招商银行', count: '1', lastDate: '2016-09-03', platform: null },
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `${OUT}/report-first-gen-360-dark.png`, fullPage: true });

    await page.locator('[data-contract="report-input"]').fill(fixtureText('not-records-summary.txt'));
    await page.locator('[data-contract="report-analyze"]').click();
    await page.waitForSelector('[data-contract="report-status"][data-state="done"]');
    await expect(page.locator('[data-contract="report-empty"]').getAttribute('data-reason')).resolves.toBe('summary-only');
    await expect(page.locator('[data-contract="report-empty"]').textContent()).resolves.toContain('机构查询记录明细');
    expect(await page.locator('[data-contract="post-loan-querier"]').count()).toBe(0);
    await page.screenshot({ path: `${OUT}/report-empty.png`, fullPage: true });
  });

  it('reads a PDF printed by Chromium from a rendered report, on the device', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    const printer = await browser.context.newPage();
    await printer.setContent(readFileSync(join(FIXTURES, 'pdf/report-page.html'), 'utf8'));
    const pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    const page = await openReader(browser);
    await page.locator('[data-contract="report-file"]').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.waitForSelector('[data-contract="report-status"][data-state="done"]', { timeout: 30_000 });
    expect(await page.locator('[data-contract="report-empty"]').count()).toBe(0);
    expect(await queriers(page)).toEqual(SECOND_GEN.map((querier) => (querier.platform === 'duxiaoman' ? { ...querier, count: '2' } : querier)));
    expect(await reasons(page)).toEqual(['贷款审批']);
    await page.screenshot({ path: `${OUT}/report-pdf.png`, fullPage: true });
  });

  it('saves derived records only, and verifies a later report against a logged request', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    await browser.worker.evaluate(
      (items) => chrome.storage.local.set(items),
      {
        progress: {
          duxiaoman: {
            status: 'in-progress',
            checklist: {},
            owesMoney: 'no',
            evidence: [{ id: 'e1', date: '2026-09-20', channel: 'phone', ticket: 'T-1', note: '申请撤回授权' }],
            recheckAt: null,
            updatedAt: '2026-09-20T10:00:00.000Z',
          },
        },
      },
    );
    const page = await openReader(browser);
    await paste(page, fixtureText('second-gen-detailed.txt'));
    const verdicts = await page.locator('.verification [data-verdict]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-verdict'), item.textContent]));
    expect(verdicts).toEqual([['queried-after-request', expect.stringContaining('2026-10-28')]]);
    expect(verdicts[0]?.[1]).toContain('2026-09-20');

    await page.getByTestId('report-save').click();
    await page.waitForSelector('.verification [role="status"]');
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    const snapshots = stored['report-snapshots'] as { reportDate: string; records: { institution: string; reason: string; date: string }[] }[];
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.reportDate).toBe('2026-11-15');
    expect(snapshots[0]?.records).toHaveLength(8);
    const all = JSON.stringify(stored);
    for (const secret of ['测试人', '110101199001011234', '2026111500001234567890', '报告说明', '查询记录概要']) expect(all).not.toContain(secret);

    // "Add to my platforms" goes through the background too.
    await page.locator('[data-platform="mucfc"] .add-platform').click();
    await expect.poll(async () => Object.keys(((await browser!.worker.evaluate(() => chrome.storage.local.get('progress'))).progress ?? {}) as object).sort()).toEqual(['duxiaoman', 'mucfc']);
    await page.screenshot({ path: `${OUT}/report-verification.png`, fullPage: true });

    // A later report, compared with the saved one.
    const later = fixtureText('second-gen-detailed.txt').replace('2026-11-15 09:12:44', '2027-01-10 09:00:00').replace('1  2026年10月28日', '0  2026年12月30日  招联消费金融股份有限公司  贷后管理\n1  2026年10月28日');
    const fresh = await openReader(browser);
    await paste(fresh, later);
    const newer = await fresh.locator('.verification [data-verdict="new-since-saved"]').allTextContents();
    expect(newer).toEqual([expect.stringContaining('招联消费金融股份有限公司')]);
  });

  it('from the popup on the credit bureau’s report page, reads its records into the reader on the user’s click', async () => {
    browser = await launchWithExtension(E2E_BUILD);
    const url = 'https://ipcrs.pbccrc.org.cn/reportAction.do?method=queryReport';
    await browser.serve(url, readFileSync(join(FIXTURES, 'pdf/report-page.html'), 'utf8'));
    const bureau = await browser.context.newPage();
    await bureau.goto(url);
    await bureau.bringToFront();
    // By its address, not as the active tab: the welcome page opens on install and may take the focus.
    const tabId = await browser.worker.evaluate(async (pattern) => (await chrome.tabs.query({ url: pattern })).at(-1)!.id!, `${new URL(url).origin}/*`);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup:not([aria-busy])');
    await popup.getByRole('button', { name: '分析当前页面' }).click();
    // The bureau's site is not a lending page: nothing is injected into it, but the records are offered.
    await expect(popup.locator('[data-analysis]').getAttribute('data-analysis')).resolves.toBe('none');
    expect(await bureau.locator('credit-auth-sidebar').count()).toBe(0);
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), popup.getByTestId('report-offer').click()]);
    await reader.waitForSelector('main.report:not([aria-busy])');
    expect(reader.url()).toContain(`report.html?tab=${tabId}`);
    expect(await reader.locator('[data-contract="post-loan-querier"]').count()).toBe(0);
    await reader.getByTestId('report-read-tab').click();
    await reader.waitForSelector('[data-contract="report-status"][data-state="done"]');
    expect(await queriers(reader)).toEqual(SECOND_GEN.map((querier) => (querier.platform === 'duxiaoman' ? { ...querier, count: '2' } : querier)));
    await reader.screenshot({ path: `${OUT}/report-from-bureau-tab.png`, fullPage: true });
    const stored = JSON.stringify(await browser.worker.evaluate(() => chrome.storage.local.get(null)));
    for (const secret of ['测试人', '110101199001011234']) expect(stored).not.toContain(secret);
  });

  it('is linked from the popup', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('main.popup:not([aria-busy])');
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), popup.getByTestId('report-link').click()]);
    await reader.waitForSelector('main.report:not([aria-busy])');
    expect(new URL(reader.url()).pathname).toBe('/report.html');
  });
});
