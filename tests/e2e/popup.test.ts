/**
 * The popup of the built extension: search by pinyin initials, tick checklist items, log
 * evidence, and find everything kept after closing the popup and after restarting the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, PROD_BUILD, type ExtensionBrowser } from './harness';

const profileDir = mkdtempSync(join(tmpdir(), 'cah-popup-profile-'));
let browser: ExtensionBrowser | undefined;

afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function openPopup(): Promise<Page> {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
  await page.waitForSelector('main.popup:not([aria-busy])');
  return page;
}

describe('popup', () => {
  it('finds 分期乐 by its initials and keeps ticks and evidence across popup reopen and browser restart', async () => {
    browser = await launchWithExtension(PROD_BUILD, { profileDir });
    let popup = await openPopup();
    await popup.getByRole('searchbox').fill('fql');
    const results = popup.getByTestId('directory-results').locator('button');
    await expect.poll(() => results.first().getAttribute('data-platform')).toBe('fenqile');
    await results.first().click();
    await popup.locator('[data-step="confirm-type"]').check();
    await popup.locator('[data-step="check-loans"]').check();
    await popup.getByLabel('经过（对方说了什么）').fill('客服说需要先结清');
    await popup.getByLabel('工单号', { exact: true }).fill('A-123');
    await popup.getByRole('button', { name: '添加记录' }).click();
    await expect.poll(() => popup.getByTestId('evidence-entries').textContent()).toContain('A-123');
    // The popup never scrolls sideways.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await popup.close();

    popup = await openPopup();
    const mine = popup.getByTestId('my-platforms');
    expect(await mine.textContent()).toContain('分期乐');
    expect(await mine.textContent()).toContain('已完成 2/9');
    await popup.close();
    await browser.close();

    browser = await launchWithExtension(PROD_BUILD, { profileDir });
    popup = await openPopup();
    await popup.getByTestId('my-platforms').locator('[data-platform="fenqile"]').click();
    expect(await popup.locator('[data-step="confirm-type"]').isChecked()).toBe(true);
    expect(await popup.locator('[data-step="check-loans"]').isChecked()).toBe(true);
    expect(await popup.locator('[data-step="contact-service"]').isChecked()).toBe(false);
    expect(await popup.getByTestId('evidence-entries').textContent()).toContain('客服说需要先结清');
    // The tick is dated today.
    const today = new Date().toISOString().slice(0, 10);
    expect(await popup.locator('.checklist').textContent()).toContain(`完成于 ${today}`);
    await popup.close();
  });

  it('schedules a re-check reminder as a real alarm, restored after a restart', async () => {
    let popup = await openPopup();
    await popup.getByRole('searchbox').fill('招联');
    await popup.getByTestId('directory-results').locator('[data-platform="mucfc"]').click();
    await popup.getByRole('button', { name: /天后提醒我查看征信报告/ }).click();
    await expect.poll(() => popup.getByTestId('reminder-date').count()).toBe(1);
    await expect
      .poll(() => browser!.worker.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name)))
      .toContain('recheck:mucfc');
    await popup.close();
    // Chrome does not promise to keep alarms over a restart: drop them, the stored date restores them.
    await browser!.worker.evaluate(() => chrome.alarms.clearAll());
    await browser!.close();
    browser = await launchWithExtension(PROD_BUILD, { profileDir });
    await expect
      .poll(() => browser!.worker.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name)), { timeout: 5_000 })
      .toContain('recheck:mucfc');
    popup = await openPopup();
    await popup.getByTestId('my-platforms').locator('[data-platform="mucfc"]').click();
    expect(await popup.getByTestId('reminder-date').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await popup.close();
  });
});
