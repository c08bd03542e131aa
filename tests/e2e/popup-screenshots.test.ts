/**
 * Screenshots of the popup for people to look at (empty, in progress, a long list, dark,
 * English), written to test-results/screenshots/. Each also checks the popup fits: at most
 * 800×600 and no sideways scrolling.
 */
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, PROD_BUILD, type ExtensionBrowser } from './harness';

const OUT = 'test-results/screenshots';
mkdirSync(OUT, { recursive: true });

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function popupWith(options: { colorScheme?: 'light' | 'dark'; storage?: Record<string, unknown> }) {
  browser = await launchWithExtension(PROD_BUILD, { colorScheme: options.colorScheme });
  if (options.storage) await browser.worker.evaluate((items) => chrome.storage.local.set(items), options.storage);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('main.popup:not([aria-busy])');
  const fits = await page.evaluate(
    () => document.documentElement.scrollWidth <= window.innerWidth && document.body.getBoundingClientRect().width <= 800,
  );
  expect(fits).toBe(true);
  return page;
}

const inProgress = {
  progress: {
    fenqile: {
      status: 'refused',
      checklist: { 'confirm-type': { at: '2026-11-20T10:00:00.000Z' }, 'contact-service': { at: '2026-11-21T10:00:00.000Z' } },
      owesMoney: 'no',
      evidence: [{ id: 'e1', date: '2026-11-21', channel: 'phone', ticket: 'A-123', note: '客服称需要先结清全部借款' }],
      recheckAt: null,
      updatedAt: '2026-11-21T10:00:00.000Z',
    },
    mucfc: {
      status: 'in-progress',
      checklist: { 'confirm-type': { at: '2026-11-22T10:00:00.000Z' } },
      owesMoney: 'unknown',
      evidence: [],
      recheckAt: null,
      updatedAt: '2026-11-22T10:00:00.000Z',
    },
  },
};

describe('popup screenshots', () => {
  it('empty', async () => {
    const page = await popupWith({});
    await page.screenshot({ path: `${OUT}/popup-empty.png`, fullPage: true });
  });

  it('in progress, dark', async () => {
    const page = await popupWith({ colorScheme: 'dark', storage: inProgress });
    expect(await page.getByTestId('my-platforms').textContent()).toContain('被拒绝');
    await page.screenshot({ path: `${OUT}/popup-in-progress-dark.png`, fullPage: true });
  });

  it('platform detail', async () => {
    const page = await popupWith({ storage: inProgress });
    await page.getByTestId('my-platforms').locator('[data-platform="fenqile"]').click();
    await page.screenshot({ path: `${OUT}/popup-detail.png`, fullPage: true });
  });

  it('English', async () => {
    const settings = { allSitesRecognition: false, sidebarDefault: 'expanded', locale: 'en', mutedSites: [], recheckDays: 30 };
    const page = await popupWith({ storage: { ...inProgress, settings } });
    expect(await page.locator('h1').textContent()).toBe('Credit Authorization Helper');
    await page.screenshot({ path: `${OUT}/popup-english.png`, fullPage: true });
  });
});
