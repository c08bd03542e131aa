/** Renders the extension icons (public/icon/*.png) from inline SVG with the local Chromium. */
import { chromium } from 'playwright-core';
import { findChromium } from './extension-browser.mjs';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b57d0"/>
  <path d="M64 22 L100 36 V64 C100 86 84 101 64 108 C44 101 28 86 28 64 V36 Z" fill="#ffffff"/>
  <path d="M48 64 L60 76 L82 52" fill="none" stroke="#0b57d0" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icon/');
