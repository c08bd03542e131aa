/**
 * Letters modelled on real ones, end to end in the production build: each is served as an
 * agreement page under a platform's host (laid out like its real page) and the sidebar's
 * `data-letter` must be its label; the finder's fixture pages (modal, <details>, same-origin
 * iframe, <pre>, <textarea>, no heading, several agreements; articles, FAQs and forum posts that
 * only mention a letter) likewise. Then the same letters pasted into the popup's check give the
 * same verdict. The second and third fresh sets (`fresh2`, `fresh3`) are tuning sets since their one
 * clean measurement and are asserted like the rest; the documented KNOWN_MISSES are asserted as they
 * are. The fourth and fifth (`fresh4`, `fresh5`), tuned on since session 19 and not yet up to the
 * bar, are asserted by their floor (TUNED_FLOORS) and never the opposite kind. A held-back set written apart from the engine's
 * work (`fresh6` in split.json, when it exists) is served and pasted the same way, but its figures are
 * reported, not asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, PROD_BUILD, sidebarAttributes, type ExtensionBrowser, FILLED_SIDEBAR } from './harness';
import { letterPage } from '../support/letter-pages';
import { KNOWN_MISSES, letterText, loadRealLetters, MEASURED_ONLY, measuredOnly, recordedSplit, TUNED_FLOORS, tunedBelowBar } from '../support/real-letters';

const HOST = 'www.fenqile.com';
const allLetters = loadRealLetters();
const heldOut = new Set(measuredOnly(recordedSplit()));
/** The tuning set still below the bar (fresh4, fresh5): asserted by its floor, not letter by letter. */
const belowBar = new Set(tunedBelowBar(recordedSplit()));
/** Every letter whose verdict is asserted; the held-back set (when it exists) is reported apart. */
const letters = allLetters.filter((letter) => !heldOut.has(letter.id) && !belowBar.has(letter.id));
const heldOutLetters = allLetters.filter((letter) => heldOut.has(letter.id));
const belowBarLetters = allLetters.filter((letter) => belowBar.has(letter.id));
/** What the sidebar shows for a letter: its label, or for a documented known miss what it shows instead. */
const expectedOnPage = (id: string, label: string): string | null => (id in KNOWN_MISSES ? KNOWN_MISSES[id]!.page : label);
const expectedInPopup = (id: string, label: string): string => (id in KNOWN_MISSES ? KNOWN_MISSES[id]!.popup : label);
const PAGES = join(process.cwd(), 'tests/fixtures/letters/pages');
const finderPages = (
  JSON.parse(readFileSync(join(PAGES, 'pages.json'), 'utf8')) as {
    pages: { file: string; letter: string | null; frames?: Record<string, string> }[];
  }
).pages;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(PROD_BUILD);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The sidebar's data-letter on a served page. The first evaluation may come before late content
 * (a frame that loads after it); re-evaluation follows within the controller's settle time, so
 * an expected letter is polled for, and "no letter" is read after that settle time.
 */
async function letterAttribute(url: string, expected: string | null): Promise<string | null> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(FILLED_SIDEBAR, { state: 'attached', timeout: 8_000 });
    const read = async () => (await sidebarAttributes(page))?.['data-letter'] ?? null;
    expect((await sidebarAttributes(page))?.['data-kind']).toBe('platform');
    if (expected === null) {
      await page.waitForTimeout(900);
      return read();
    }
    for (let tries = 0; tries < 30 && (await read()) !== expected; tries++) await page.waitForTimeout(100);
    return read();
  } finally {
    await page.close();
  }
}

describe('modelled letters served under a platform host', () => {
  it.each(letters.map((letter) => [letter.id, letter] as const))('%s', async (id, letter) => {
    const url = `https://${HOST}/agreement/${id}.html`;
    await browser.serve(url, letterPage(letter, HOST));
    const expected = expectedOnPage(id, letter.label);
    expect(await letterAttribute(url, expected)).toBe(expected);
  });
});

/** Serves each letter as an agreement page and reads the sidebar's data-letter (polled for the label). */
async function pageVerdicts(set: typeof allLetters): Promise<{ id: string; label: string; page: string | null }[]> {
  const rows: { id: string; label: string; page: string | null }[] = [];
  for (const letter of set) {
    const url = `https://${HOST}/agreement/${letter.id}.html`;
    await browser.serve(url, letterPage(letter, HOST));
    rows.push({ id: letter.id, label: letter.label, page: await letterAttribute(url, letter.label) });
  }
  return rows;
}
const oppositeKind = (label: string, verdict: string | null) =>
  (label === 'continuous' && verdict === 'one-time') || (label === 'one-time' && verdict === 'continuous');

describe(`${TUNED_FLOORS.set} (tuned on, below the bar) served under a platform host`, () => {
  it('gets at least its floor of labels on the page, and never the opposite kind', async () => {
    const rows = await pageVerdicts(belowBarLetters);
    const right = rows.filter((row) => row.page === row.label).length;
    console.log(`${TUNED_FLOORS.set} page (e2e): ${right}/${rows.length}`);
    expect(rows.length).toBe(TUNED_FLOORS.letters);
    expect(rows.filter((row) => oppositeKind(row.label, row.page)).map((row) => row.id)).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(TUNED_FLOORS.e2ePage);
  }, 60_000 + 15_000 * belowBar.size);
});

describe(`held-back set ${MEASURED_ONLY} (measured, not asserted) served under a platform host`, () => {
  it('reports how many get their label on the page', async () => {
    if (heldOutLetters.length === 0) {
      console.log(`${MEASURED_ONLY} page (e2e): no such set in split.json yet`);
      return;
    }
    const rows = await pageVerdicts(heldOutLetters);
    const right = rows.filter((row) => row.page === row.label).length;
    console.log(`${MEASURED_ONLY} page (e2e): ${right}/${rows.length} (${(right / rows.length).toFixed(3)})`);
    const wrong = rows.filter((row) => row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    expect(rows.length).toBe(heldOut.size);
  }, 60_000 + 15_000 * heldOut.size);
});

describe('finder pages served under a platform host', () => {
  it.each(finderPages.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
    const url = `https://${HOST}/pages/${file}`;
    await browser.serve(url, readFileSync(join(PAGES, file), 'utf8'));
    // serve() answers the whole origin; the frame's own path is routed after it (later routes win).
    for (const [src, inner] of Object.entries(entry.frames ?? {})) {
      const body = readFileSync(join(PAGES, inner), 'utf8');
      await browser.context.route(`https://${HOST}${src}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
    expect(await letterAttribute(url, entry.letter)).toBe(entry.letter);
  });
});

describe("the popup's letter check", () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('main.popup:not([aria-busy])');
    await popup.locator('details.letter-check summary').click();
  });

  it('gives every modelled letter the same verdict as the page, and clears', async () => {
    const box = popup.locator('details.letter-check textarea');
    const wrong: string[] = [];
    const wrongHeldOut: string[] = [];
    let belowBarRight = 0;
    for (const letter of allLetters) {
      await box.fill(letterText(letter));
      await popup.locator('details.letter-check').getByRole('button', { name: '分析' }).click();
      const verdict = await popup.locator('details.letter-check [data-letter-verdict]').getAttribute('data-letter-verdict');
      if (heldOut.has(letter.id)) {
        if (verdict !== letter.label) wrongHeldOut.push(`${letter.id}: ${verdict} (label ${letter.label})`);
      } else if (belowBar.has(letter.id)) {
        if (verdict === letter.label) belowBarRight++;
        else if (oppositeKind(letter.label, verdict)) wrong.push(`${letter.id}: ${verdict}, the opposite of its label ${letter.label}`);
      } else if (verdict !== expectedInPopup(letter.id, letter.label)) wrong.push(`${letter.id}: ${verdict} (expected ${expectedInPopup(letter.id, letter.label)})`);
    }
    console.log(`${TUNED_FLOORS.set} popup: ${belowBarRight}/${belowBarLetters.length}`);
    expect(belowBarRight).toBeGreaterThanOrEqual(TUNED_FLOORS.popup);
    if (heldOutLetters.length > 0) {
      console.log(`${MEASURED_ONLY} popup: ${heldOutLetters.length - wrongHeldOut.length}/${heldOutLetters.length}${wrongHeldOut.length ? `; wrong: ${wrongHeldOut.join('; ')}` : ''}`);
    }
    expect(wrong).toEqual([]);
    await popup.locator('details.letter-check').getByRole('button', { name: '清空' }).click();
    expect(await box.inputValue()).toBe('');
    expect(await popup.locator('details.letter-check [data-letter-verdict]').count()).toBe(0);
  });
});
