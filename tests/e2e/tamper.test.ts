/**
 * Tamper (Chromium and Firefox, one suite): a page cannot forge the extension's events or messages to change or remove the
 * sidebar, cannot rewrite its contract attributes for good, and script-looking text in titles,
 * headings and letters is only ever shown as text.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUILD, fixture, launchDriver, type TestBrowser, type TestPage, FILLED_SIDEBAR } from './harness';
import { preferExpandedSidebar } from './sidebar-setup';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchDriver(BUILD.e2e);
});
beforeEach(async () => {
  await browser.inExtension(() => chrome.storage.local.clear());
});
afterAll(async () => {
  await browser?.close();
});

async function openPlatform(): Promise<TestPage> {
  // The forged events target the expanded panel.
  await preferExpandedSidebar(browser, true);
  await browser.serve('https://www.fenqile.com/', fixture('fenqile.html'));
  const page = await browser.newPage();
  await page.goto('https://www.fenqile.com/');
  await page.waitFor(FILLED_SIDEBAR);
  return page;
}

const panelOpen = async (page: TestPage) =>
  (await page.shadow()).call<boolean>('function () { return this.querySelector(".panel") !== null; }');

describe('forged events and messages', () => {
  it('synthetic keys, clicks and custom events from the page change nothing', async () => {
    const page = await openPlatform();
    await page.evaluate(() => {
      const host = document.querySelector('credit-auth-sidebar')!;
      for (const target of [host, document, window, document.body]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        target.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'sidebar' } }));
      }
      window.postMessage({ type: 'mute-site', host: location.hostname }, '*');
      window.postMessage({ type: 'WXT_CONTENT_SCRIPT_STARTED', contentScriptName: 'sidebar' }, '*');
    });
    await page.wait(500);
    expect(await panelOpen(page)).toBe(true);
    expect(await page.count('credit-auth-sidebar')).toBe(1);
    const stored = await browser.inExtension(() => chrome.storage.local.get(null));
    expect((stored.settings as { mutedSites?: string[] } | undefined)?.mutedSites ?? []).toEqual([]);
  });

  it('the page has no channel to the extension', async () => {
    const page = await openPlatform();
    const result = await page.evaluate(async (id) => {
      const scope = window as unknown as Record<'chrome' | 'browser', { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } | undefined>;
      const runtime = scope.chrome?.runtime ?? scope.browser?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        await runtime.sendMessage(id, { type: 'mute-site', host: 'www.fenqile.com' });
        return 'sent';
      } catch {
        return 'refused';
      }
    }, new URL(browser.extensionOrigin).host);
    expect(['no runtime', 'refused']).toContain(result);
  });

  it('rewritten contract attributes are put back', async () => {
    const page = await openPlatform();
    await page.evaluate(() => {
      const host = document.querySelector('credit-auth-sidebar')!;
      host.setAttribute('data-kind', 'lending');
      host.setAttribute('data-platform', 'evil');
      host.setAttribute('data-letter', 'one-time');
    });
    await expect.poll(() => page.sidebar()).toMatchObject({ 'data-kind': 'platform', 'data-platform': 'fenqile' });
    expect((await page.sidebar())?.['data-letter']).toBeUndefined();
  });
});

describe('script-looking text stays text', () => {
  it('in titles, headings, lures and letters', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escaped} 分期乐官网</title></head><body>
      <h1>${escaped}分期乐官网 · 不看征信 黑户可借 ${escaped}</h1>
      <p>最高可借 20 万，秒下款，只需身份证。</p><button>立即借款</button>
      <div class="agreement"><h3>个人征信查询授权书</h3><p>本人授权贵司查询本人的个人信用报告，用于${escaped}贷款审批及贷后管理。授权期限至全部债务结清之日止。</p></div>
      </body></html>`;
    await browser.serve('https://fenqile-vip.example.cn/', html);
    const page = await browser.newPage();
    await page.goto('https://fenqile-vip.example.cn/');
    await page.waitFor(FILLED_SIDEBAR, { timeout: 5_000 });
    const shadow = await page.shadow();
    const read = () =>
      shadow.call<{ elements: number; text: string }>(`function () {
        return { elements: this.querySelectorAll('img, script, iframe, object, embed').length, text: this.textContent };
      }`);
    // The letter's analysis follows the guide (it is read when the page is idle): wait for it.
    await expect.poll(async () => (await read()).text, { timeout: 5_000 }).toContain('</script>');
    const inside = await read();
    expect(inside.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect((await page.sidebar())?.['data-kind']).toBe('lookalike');
    // The letter's clause is quoted with the markup-looking text in it, as characters.
    expect(inside.text).toContain('</script>');
  });
});
