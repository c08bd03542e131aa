/**
 * DESIGN.md's size budgets on the production build (deterministic, so a test; timings are in
 * `npm run bench`), and the proof that knowledge stays out of the page: the same build with 200
 * synthetic platforms and 2,000 synthetic institutions added must not grow a content script that
 * runs in web pages by more than 1 KB.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupChunks, popupGzipKb } from '../../scripts/popup-size.mjs';
import { writeSyntheticRules } from '../../scripts/synthetic-rules.mjs';
import { PROD_BUILD } from './harness';

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
// Scripts that run in web pages: the manifest's and the all-sites second stage (content-scripts/),
// and unlisted scripts run as content scripts (at the root): the all-sites first stage, the
// sidebar's document_start step, and the sidebar's panel (injected when the panel is drawn).
const ROOT_PAGE_SCRIPTS = ['lending-gate.js', 'sidebar-prefetch.js', 'sidebar-panel.js'];
const pageScriptPath = (root: string, file: string) => join(root, ROOT_PAGE_SCRIPTS.includes(file) ? '' : 'content-scripts', file);
const contentScripts = [
  ...readdirSync(join(PROD_BUILD, 'content-scripts')).filter((name) => name.endsWith('.js')),
  ...readdirSync(PROD_BUILD).filter((name) => ROOT_PAGE_SCRIPTS.includes(name)),
];
// The sidebar's budget holds for the shell and the panel together (SIDEBAR_KB below); each alone too.
const SIDEBAR_KB = 25;
const BUDGETS_KB: Record<string, number> = { 'sidebar.js': SIDEBAR_KB, 'sidebar-panel.js': SIDEBAR_KB, 'lending-gate.js': 6, 'all-sites.js': 40, 'sidebar-prefetch.js': 1 };

describe('size budgets', () => {
  it('ships the three content scripts', () => {
    expect(contentScripts.sort()).toEqual(['all-sites.js', 'lending-gate.js', 'sidebar-panel.js', 'sidebar-prefetch.js', 'sidebar.js']);
  });

  it('the sidebar, shell and panel together, is within the sidebar budget', () => {
    const kb = gzipKb(pageScriptPath(PROD_BUILD, 'sidebar.js')) + gzipKb(pageScriptPath(PROD_BUILD, 'sidebar-panel.js'));
    console.log(`sidebar.js + sidebar-panel.js: ${kb.toFixed(2)} KB gzipped (budget ${SIDEBAR_KB} KB)`);
    expect(kb).toBeLessThanOrEqual(SIDEBAR_KB);
  });

  it.each(contentScripts)('content script %s is within its budget', (file) => {
    const kb = gzipKb(pageScriptPath(PROD_BUILD, file));
    console.log(`${file}: ${kb.toFixed(2)} KB gzipped (budget ${BUDGETS_KB[file]} KB)`);
    expect(kb).toBeLessThanOrEqual(BUDGETS_KB[file]!);
  });

  it('the popup loads at most 80 KB of gzipped JavaScript', () => {
    expect(popupChunks(PROD_BUILD).length).toBeGreaterThan(0);
    const kb = popupGzipKb(PROD_BUILD);
    console.log(`popup: ${kb.toFixed(1)} KB gzipped`);
    expect(kb).toBeLessThanOrEqual(80);
  });
});

describe('knowledge stays out of the page', () => {
  let copy = '';
  beforeAll(() => {
    // A copy of the project with the synthetic rules in place, built like production.
    copy = mkdtempSync(join(tmpdir(), 'credit-auth-synthetic-'));
    for (const entry of ['entrypoints', 'components', 'rules', 'utils', 'page', 'public', 'locales', 'package.json', 'tsconfig.json', 'wxt.config.ts']) {
      cpSync(resolve(entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
    writeSyntheticRules(join(copy, 'rules'), { platforms: 200, institutions: 2000 });
    // NODE_ENV as `npm run build` has it: vitest's "test" would make JSX carry dev-mode source info.
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: copy, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NODE_ENV: 'production' } });
    if (build.status !== 0) throw new Error(`synthetic build failed:\n${build.stdout}\n${build.stderr}`);
  }, 300_000);
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('the synthetic build really holds the extra platforms (the background and the manifest have them)', () => {
    const manifest = JSON.parse(readFileSync(join(copy, '.output/chrome-mv3/manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
    expect(manifest.content_scripts[0]!.matches).toContain('*://*.synthetic199.example/*');
    expect(readFileSync(join(copy, '.output/chrome-mv3/background.js'), 'utf8')).toContain('synthetic199.example');
  });

  it.each(['sidebar.js', 'sidebar-panel.js', 'sidebar-prefetch.js', 'lending-gate.js', 'all-sites.js'])('%s grows by at most 1 KB and ships none of the names', (file) => {
    const before = gzipKb(pageScriptPath(PROD_BUILD, file));
    const script = pageScriptPath(join(copy, '.output/chrome-mv3'), file);
    const after = gzipKb(script);
    console.log(`${file}: ${before.toFixed(2)} KB → ${after.toFixed(2)} KB with 200 platforms and 2,000 institutions more`);
    expect(after - before).toBeLessThanOrEqual(1);
    expect(after).toBeLessThanOrEqual(BUDGETS_KB[file]!);
    const code = readFileSync(script, 'utf8');
    expect(code).not.toContain('synthetic199');
    expect(code).not.toContain('消费金融股份有限公司');
  });
});
