/**
 * All-sites recognition in the e2e build (on from install), in real Chromium: every page of the
 * labelled corpus gets the contract attributes it should (data-kind, data-platform, data-letter)
 * or no sidebar at all; single-page apps that render late or change route are followed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchWithExtension, pageError, sidebarAttributes, waitForSettled, type ExtensionBrowser, FILLED_SIDEBAR } from './harness';

interface CorpusPage {
  file: string;
  url: string;
  kind: string | null;
  platformId: string | null;
  letter: string | null;
}

const CORPUS = join(process.cwd(), 'tests/fixtures/corpus');
const pages = (JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8')) as { pages: CorpusPage[] }).pages;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(E2E_BUILD);
  // Installing registers the all-sites script; wait for it rather than race it.
  for (let tries = 0; tries < 50; tries++) {
    if ((await browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 1) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the all-sites script was never registered');
});
afterAll(async () => {
  await browser?.close();
});

/** Hosts the all-sites script is never registered on (utils/all-sites.ts): nothing runs there at all. */
const EXCLUDED = /(^|\.)pbccrc\.org\.cn$/;

async function settledAttributes(page: Page, expectSidebar: boolean): Promise<Record<string, string> | null> {
  if (EXCLUDED.test(new URL(page.url()).hostname)) {
    await page.waitForLoadState('load');
    // No script of ours on the page: no settled signal either, and no sidebar.
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-credit-auth-settled'))).toBeNull();
    return sidebarAttributes(page);
  }
  // The page layer says when it is done (its letter read too); no sleeping.
  const state = await waitForSettled(page);
  if (expectSidebar) expect(state).toMatch(/^page:/);
  expect(await pageError(page)).toBeNull();
  return sidebarAttributes(page);
}

describe('the labelled corpus in the e2e build', () => {
  it.each(pages.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    await browser.serve(entry.url, readFileSync(join(CORPUS, 'pages', entry.file), 'utf8'));
    const page = await browser.context.newPage();
    await page.goto(entry.url);
    const attributes = await settledAttributes(page, entry.kind !== null);
    if (entry.kind === null) {
      expect(attributes).toBeNull();
    } else {
      expect(attributes?.['data-kind']).toBe(entry.kind);
      expect(attributes?.['data-platform'] ?? null).toBe(entry.platformId);
      expect(attributes?.['data-letter'] ?? null).toBe(entry.letter);
    }
    await page.close();
  });
});

const SPA_SHELL = (script: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>加载中</title></head>
<body><div id="app"><p>加载中……</p></div><script>${script}</script></body></html>`;

const LENDING_VIEW = `
  <header><h1>安心借 · 小额信用借款</h1></header>
  <section><h2>最高可借 200,000 元</h2><p>年化利率(单利) 7.2%-24%，借款期限 3/6/12 期可选</p>
  <label>借款金额 <input type="number" value="10000"></label>
  <label>借款期限 <select><option>12期</option></select></label>
  <label><input type="checkbox"> 我已阅读并同意《个人征信查询授权书》《借款协议》</label>
  <button>立即借款</button><p>放款机构：合作持牌金融机构，以实际审批为准</p></section>`;

const ARTICLE_VIEW = `<article><h1>初冬出行提示</h1><p>本周气温下降，早晚温差较大，请注意添衣保暖。</p><p>出行前请关注路况信息。</p></article>`;

describe('single-page apps', () => {
  it('shows the sidebar when lending content arrives late, and removes it when the route leaves', async () => {
    const url = 'https://spa.anxin-jie.example/';
    await browser.serve(
      url,
      SPA_SHELL(`
        setTimeout(() => { document.title = '安心借'; document.getElementById('app').innerHTML = ${JSON.stringify(LENDING_VIEW)}; }, 1200);
        window.goArticle = () => { history.pushState({}, '', '/news/weather'); document.title = '出行提示';
          document.getElementById('app').innerHTML = ${JSON.stringify(ARTICLE_VIEW)}; };
      `),
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForSettled(page);
    expect(await sidebarAttributes(page)).toBeNull();
    await page.waitForSelector(FILLED_SIDEBAR, { state: 'attached', timeout: 5_000 });
    expect(await sidebarAttributes(page)).toMatchObject({ 'data-kind': 'lending' });
    await page.evaluate(() => (window as unknown as { goArticle(): void }).goArticle());
    await expect.poll(() => page.locator('credit-auth-sidebar').count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  });

  it('follows pushState to a look-alike view and back, updating the attributes', async () => {
    const url = 'https://www.fenqile-vip.example.com/';
    const lookalike = `<h1>分期乐官网 · 额度激活</h1><p>分期乐会员专享，最高可借 20 万</p><label>身份证号 <input></label><button>立即借款</button>`;
    await browser.serve(
      url,
      SPA_SHELL(`
        document.title = '首页';
        document.getElementById('app').innerHTML = ${JSON.stringify(ARTICLE_VIEW)};
        window.go = (path, title, html) => { history.pushState({}, '', path); document.title = title; document.getElementById('app').innerHTML = html; };
      `),
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForSettled(page);
    expect(await sidebarAttributes(page)).toBeNull();
    await page.evaluate((html) => (window as unknown as { go(p: string, t: string, h: string): void }).go('/activate', '分期乐官网-额度激活', html), lookalike);
    await page.waitForSelector(FILLED_SIDEBAR, { state: 'attached', timeout: 5_000 });
    expect(await sidebarAttributes(page)).toMatchObject({ 'data-kind': 'lookalike', 'data-platform': 'fenqile' });
    await page.evaluate((html) => (window as unknown as { go(p: string, t: string, h: string): void }).go('/loan', '借款', html), LENDING_VIEW);
    await expect.poll(async () => (await sidebarAttributes(page))?.['data-kind'], { timeout: 5_000 }).toBe('lending');
    expect((await sidebarAttributes(page))?.['data-platform']).toBeUndefined();
    await page.close();
  });
});
