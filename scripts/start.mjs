/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo page of
 * 分期乐, served locally under its real host name. Without a display it runs headless, saves a
 * screenshot and says where.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, launchExtensionBrowser, MISSING_BROWSER_MESSAGE } from './extension-browser.mjs';
import { DEMO_SITES } from './demo-sites.mjs';

if (!findChromium()) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchExtensionBrowser(resolve('.output/chrome-mv3'), { headless, offline: headless });
for (const [file, url] of DEMO_SITES) {
  await browser.serve(url, readFileSync(resolve('tests/fixtures/pages', file), 'utf8'));
}
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto('https://www.fenqile.com/');
await page.waitForSelector('credit-auth-sidebar', { state: 'attached', timeout: 10_000 });

if (headless) {
  const path = resolve('.output/demo-screenshot.png');
  await page.screenshot({ path });
  console.log(`No display: ran headless. Screenshot of the demo page with the sidebar: ${path}`);
  await browser.close();
} else {
  console.log('Chromium is open on the demo page (https://www.fenqile.com/, served locally).');
  console.log('The other demo platforms:', DEMO_SITES.map(([, url]) => url).join(' '));
  console.log('Close the browser window to stop.');
  browser.context.on('close', () => process.exit(0));
}
