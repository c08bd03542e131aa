/**
 * The popup of the built extension (Chromium and Firefox, one suite): search by pinyin initials,
 * tick checklist items, log evidence, and find everything kept after closing the popup and after
 * restarting the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD, launchDriver, type TestBrowser, type TestPage } from './harness';

const profileDir = mkdtempSync(join(tmpdir(), 'cah-popup-profile-'));
let browser: TestBrowser | undefined;

afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function openPopup(): Promise<TestPage> {
  const page = await browser!.extensionPage('popup.html');
  await page.setViewport({ width: 420, height: 600 });
  await page.waitFor('main.popup:not([aria-busy])');
  return page;
}

const alarmNames = () => browser!.inExtension(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name));

describe('popup', () => {
  it('finds 分期乐 by its initials and keeps ticks and evidence across popup reopen and browser restart', async () => {
    browser = await launchDriver(BUILD.prod, { profileDir });
    let popup = await openPopup();
    await popup.fill('input[type=search]', 'fql');
    const first = '[data-testid="directory-results"] button';
    await expect.poll(() => popup.attribute(first, 'data-platform')).toBe('fenqile');
    await popup.click(first);
    await popup.check('[data-step="confirm-type"]');
    await popup.check('[data-step="check-loans"]');
    await popup.fill(await popup.labelled('经过（对方说了什么）'), '客服说需要先结清');
    await popup.fill(await popup.labelled('工单号'), 'A-123');
    await popup.clickButton('添加记录');
    await expect.poll(() => popup.text('[data-testid="evidence-entries"]')).toContain('A-123');
    // The popup never scrolls sideways.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await popup.close();

    popup = await openPopup();
    const mine = await popup.text('[data-testid="my-platforms"]');
    expect(mine).toContain('分期乐');
    expect(mine).toContain('已完成 2/9');
    await popup.close();
    await browser.close();

    browser = await launchDriver(BUILD.prod, { profileDir });
    popup = await openPopup();
    await popup.click('[data-testid="my-platforms"] [data-platform="fenqile"]');
    expect(await popup.isChecked('[data-step="confirm-type"]')).toBe(true);
    expect(await popup.isChecked('[data-step="check-loans"]')).toBe(true);
    expect(await popup.isChecked('[data-step="contact-service"]')).toBe(false);
    expect(await popup.text('[data-testid="evidence-entries"]')).toContain('客服说需要先结清');
    // The tick is dated today.
    const today = new Date().toISOString().slice(0, 10);
    expect(await popup.text('.checklist')).toContain(`完成于 ${today}`);
    await popup.close();
  });

  it('schedules a re-check reminder as a real alarm, restored after a restart', async () => {
    let popup = await openPopup();
    await popup.fill('input[type=search]', '招联');
    await popup.click('[data-testid="directory-results"] [data-platform="mucfc"]');
    await popup.clickButton(/天后提醒我查看征信报告/);
    await expect.poll(() => popup.count('[data-testid="reminder-date"]')).toBe(1);
    await expect.poll(alarmNames).toContain('recheck:mucfc');
    await popup.close();
    // Browsers do not promise to keep alarms over a restart: drop them, the stored date restores them.
    await browser!.inExtension(() => chrome.alarms.clearAll());
    await browser!.close();
    browser = await launchDriver(BUILD.prod, { profileDir });
    await expect.poll(alarmNames, { timeout: 5_000 }).toContain('recheck:mucfc');
    popup = await openPopup();
    await popup.click('[data-testid="my-platforms"] [data-platform="mucfc"]');
    expect(await popup.text('[data-testid="reminder-date"]')).toMatch(/\d{4}-\d{2}-\d{2}/);
    await popup.close();
  });

  it('the verify step shows the saved report’s comparison, and follows a report saved while it is open', async () => {
    // 分期乐 has a contact logged today (the first test): a 贷后管理 query by its entity after that is "queried after".
    const popup = await openPopup();
    await popup.click('[data-testid="my-platforms"] [data-platform="fenqile"]');
    await expect.poll(() => popup.attribute('.checklist [data-testid="saved-check"]', 'data-check')).toBe('no-saved-report');
    expect(await popup.attribute('.checklist [data-testid="saved-check-reader"]', 'href')).toBe('/report.html');
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const snapshot = {
      id: 'r-e2e',
      savedAt: new Date().toISOString(),
      reportDate: day(2),
      records: [
        { institution: '深圳市分期乐网络科技有限公司', reason: '贷后管理', date: day(1) },
        { institution: '马上消费金融股份有限公司', reason: '贷后管理', date: day(1) },
      ],
    };
    // As the background writes it when the reader saves a result.
    await browser!.inExtension((value) => chrome.storage.local.set({ 'report-snapshots': [value] }), snapshot);
    await expect.poll(() => popup.count('.checklist [data-verdict="queried-after-request"]')).toBe(1);
    const line = await popup.text('.checklist [data-verdict="queried-after-request"]');
    expect(line).toContain('深圳市分期乐网络科技有限公司');
    expect(line).toContain(day(1));
    expect(await popup.isChecked('[data-step="recheck-report"]')).toBe(false);
    await popup.close();
  });
});
