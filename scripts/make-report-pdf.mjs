/**
 * Prints the invented report page tests/fixtures/credit-reports/pdf/report-page.html to PDF with
 * Chromium (as the e2e test does), for the Node test of the PDF reader (pdf.js legacy build).
 * `node scripts/make-report-pdf.mjs` rewrites tests/fixtures/credit-reports/pdf/report-page.pdf.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium, MISSING_BROWSER_MESSAGE } from './extension-browser.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(MISSING_BROWSER_MESSAGE);
const browser = await chromium.launch({ executablePath, headless: true });
try {
  const page = await browser.newPage();
  await page.setContent(readFileSync('tests/fixtures/credit-reports/pdf/report-page.html', 'utf8'));
  writeFileSync('tests/fixtures/credit-reports/pdf/report-page.pdf', await page.pdf({ format: 'A4' }));
} finally {
  await browser.close();
}
