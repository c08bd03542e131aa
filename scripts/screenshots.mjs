/**
 * `npm run screenshots`: the README's and the stores' screenshots, taken from the real extension
 * in Chromium (1280×800, the Chrome Web Store size), so they stay true as the UI changes.
 * Writes docs/screenshots/*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchExtensionBrowser } from './extension-browser.mjs';

const OUT = resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });
for (const script of ['build', 'build:e2e']) {
  if (spawnSync('npm', ['run', '-s', script], { stdio: 'ignore' }).status !== 0) throw new Error(`npm run ${script} failed`);
}
const fixture = (path) => readFileSync(resolve('tests/fixtures', path), 'utf8');

const browser = await launchExtensionBrowser(resolve('.output/chrome-mv3-e2e'), { headless: true });
await browser.serve('https://www.fenqile.com/', fixture('pages/fenqile.html'));
await browser.serve('https://www.fenqi1e.com/', fixture('corpus/pages/lookalike-fenqile-digit.html'));
await browser.serve('https://www.kuaidai888.top/', fixture('corpus/pages/predatory-black-loan.html'));
await browser.serve('https://www.yuejie-fin.com/apply', fixture('corpus/pages/lending-yuejie-apply.html'));
await new Promise((r) => setTimeout(r, 800));

async function shoot(url, file, prepare) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await page.waitForSelector('credit-auth-sidebar', { state: 'attached', timeout: 8_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  if (prepare) await prepare(page);
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
  console.log(`docs/screenshots/${file}`);
}

await shoot('https://www.fenqile.com/', 'sidebar-platform.png');
await shoot('https://www.fenqi1e.com/', 'sidebar-lookalike.png');
await shoot('https://www.kuaidai888.top/', 'sidebar-predatory.png');
await shoot('https://www.yuejie-fin.com/apply', 'sidebar-letter.png');

await browser.worker.evaluate(() =>
  chrome.storage.local.set({
    progress: {
      fenqile: {
        status: 'in-progress',
        checklist: { 'confirm-type': { at: new Date().toISOString() }, 'check-loans': { at: new Date().toISOString() } },
        owesMoney: 'no',
        evidence: [{ id: 'e1', date: new Date().toISOString().slice(0, 10), channel: 'phone', ticket: 'A-123', note: '客服说三个工作日内答复' }],
        recheckAt: null,
        updatedAt: new Date().toISOString(),
      },
    },
  }),
);
const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 420, height: 800 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.waitForSelector('main.popup:not([aria-busy])');
await popup.screenshot({ path: join(OUT, 'popup.png') });
await popup.getByTestId('my-platforms').locator('[data-platform="fenqile"]').click();
await popup.screenshot({ path: join(OUT, 'popup-checklist.png') });
console.log('docs/screenshots/popup.png, popup-checklist.png');
const options = await browser.context.newPage();
await options.setViewportSize({ width: 1280, height: 800 });
await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
await options.waitForSelector('main.options:not([aria-busy])');
await options.screenshot({ path: join(OUT, 'options.png') });
console.log('docs/screenshots/options.png');
await browser.close();
