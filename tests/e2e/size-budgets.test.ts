/** DESIGN.md's size budgets on the production build (deterministic, so a test; timings are in `npm run bench`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { popupChunks, popupGzipKb } from '../../scripts/popup-size.mjs';
import { PROD_BUILD } from './harness';

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const contentScripts = readdirSync(join(PROD_BUILD, 'content-scripts')).filter((name) => name.endsWith('.js'));

describe('size budgets', () => {
  it('ships the three content scripts', () => {
    expect(contentScripts.sort()).toEqual(['all-sites.js', 'lending-gate.js', 'sidebar.js']);
  });

  it.each(contentScripts)('content script %s is at most 40 KB gzipped', (file) => {
    const kb = gzipKb(join(PROD_BUILD, 'content-scripts', file));
    console.log(`${file}: ${kb.toFixed(1)} KB gzipped`);
    expect(kb).toBeLessThanOrEqual(40);
  });

  it('the popup loads at most 80 KB of gzipped JavaScript', () => {
    expect(popupChunks(PROD_BUILD).length).toBeGreaterThan(0);
    const kb = popupGzipKb(PROD_BUILD);
    console.log(`popup: ${kb.toFixed(1)} KB gzipped`);
    expect(kb).toBeLessThanOrEqual(80);
  });
});
