/**
 * The options page of the built extension: export then import round-trips; bad import files
 * are refused with an alert and change nothing; all-sites recognition registers and removes its
 * script; wipe asks first. Axe finds no serious or critical issue in the popup or options.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchWithExtension, PROD_BUILD, type ExtensionBrowser } from './harness';

const scratch = mkdtempSync(join(tmpdir(), 'cah-options-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const seeded = {
  progress: {
    fenqile: {
      status: 'refused',
      checklist: { 'contact-service': { at: '2026-11-21T10:00:00.000Z' } },
      owesMoney: 'no',
      evidence: [{ id: 'e1', date: '2026-11-21', channel: 'phone', ticket: 'A-123', note: '客服称需要先结清' }],
      recheckAt: null,
      updatedAt: '2026-11-21T10:00:00.000Z',
    },
  },
};

async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('main.options:not([aria-busy])');
  return page;
}

const storedData = (b: ExtensionBrowser) => b.worker.evaluate(() => chrome.storage.local.get(null));

describe('export and import', () => {
  it('a JSON export imports back (replace) into a wiped profile, and the Markdown report reads well', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), seeded);
    const page = await openOptions(browser);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份（JSON）' }).click()]);
    const jsonPath = join(scratch, 'export.json');
    await jsonDownload.saveAs(jsonPath);
    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出记录报告（Markdown）' }).click()]);
    const mdPath = join(scratch, 'report.md');
    await mdDownload.saveAs(mdPath);
    const report = await readFile(mdPath, 'utf8');
    expect(report).toContain('## 分期乐');
    expect(report).toContain('| 2026-11-21 | 电话 | A-123 | 客服称需要先结清 |');

    await page.getByRole('button', { name: '清除所有数据' }).click();
    await page.getByRole('button', { name: '确定清除' }).click();
    await expect.poll(async () => Object.keys((await storedData(browser!)).progress ?? {})).toEqual([]);

    await page.getByTestId('import-file').setInputFiles(jsonPath);
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toContain('1 个平台');
    await page.getByRole('button', { name: '替换现有数据' }).click();
    await expect.poll(async () => (await storedData(browser!)).progress).toEqual(seeded.progress);
  });

  it.each([
    ['not JSON', '{ "format": ', '不是有效的 JSON'],
    ['another file', '{"hello": "world"}', '不是征信授权助手导出的备份'],
    ['__proto__ key', '{"format":"credit-auth-helper-export","version":1,"__proto__":{"polluted":1}}', '不允许的字段名'],
    ['a future version', '{"format":"credit-auth-helper-export","version":7}', '更新版本'],
    ['a wrong shape', '{"format":"credit-auth-helper-export","version":1,"exportedAt":"x"}', '文件内容有误'],
    ['deep nesting', `{"format":"credit-auth-helper-export","version":1,"progress":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`, '嵌套过深'],
  ])('refuses %s with an alert and changes nothing', async (_name, content, message) => {
    browser ??= await launchWithExtension(PROD_BUILD);
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), seeded);
    const before = await storedData(browser);
    const page = await openOptions(browser);
    const file = join(scratch, 'bad.json');
    writeFileSync(file, content);
    await page.getByTestId('import-file').setInputFiles(file);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(message);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await storedData(browser)).toEqual(before);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  });

  it('refuses a 100 MB file at once, without freezing the page', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    const page = await openOptions(browser);
    const file = join(scratch, 'huge.json');
    writeFileSync(file, Buffer.alloc(100 * 1024 * 1024, 0x20));
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('文件太大');
    // The page still answers promptly.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('all-sites recognition', () => {
  const registered = (b: ExtensionBrowser) =>
    b.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));

  it('is off in the production build, with no script registered', async () => {
    browser = await launchWithExtension(PROD_BUILD);
    const page = await openOptions(browser);
    expect(await page.getByTestId('all-sites').isChecked()).toBe(false);
    expect(await registered(browser)).toEqual([]);
  });

  it('is on from install in the e2e build; turning it off removes the script, on registers it again', async () => {
    browser = await launchWithExtension(E2E_BUILD);
    await expect.poll(() => registered(browser!)).toEqual(['credit-auth-all-sites']);
    const page = await openOptions(browser);
    const toggle = page.getByTestId('all-sites');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => registered(browser!)).toEqual([]);
    await expect.poll(() => page.getByTestId('all-sites-status').textContent()).toContain('已关闭');
    await toggle.check();
    await expect.poll(() => registered(browser!)).toEqual(['credit-auth-all-sites']);
    await expect.poll(() => page.getByTestId('all-sites-status').textContent()).toContain('已开启');
  });
});

describe('accessibility (axe)', () => {
  beforeAll(async () => {
    browser = await launchWithExtension(PROD_BUILD);
  });

  it.each(['popup.html', 'options.html'])('%s has no serious or critical issue, light and dark', async (file) => {
    browser ??= await launchWithExtension(PROD_BUILD);
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), seeded);
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
      await page.waitForSelector('main:not([aria-busy])');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
