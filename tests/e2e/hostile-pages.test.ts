/**
 * The sidebar on hostile pages (production build, headless Chromium): page CSS cannot restyle,
 * hide or distort it; a page overlay cannot cover it; a page cannot remove it for good; keys typed
 * in it do not reach the page's bubble-phase handlers; a strict CSP does not unstyle it; a page
 * with 20,000 elements gets no long task from it; Esc, Tab and visible focus work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER, BUILD, launchDriver, type Rect, type TestBrowser, type TestPage, FILLED_SIDEBAR } from './harness';
import { preferExpandedSidebar } from './sidebar-setup';

/** A platform host from the rules: the production build's content script runs there. */
const ORIGIN = 'https://www.fenqile.com';
/** Not in the rules: the same pages without the sidebar, for comparison. */
const OTHER_ORIGIN = 'https://big.example.org';
const VIEWPORT = { width: 1280, height: 800 };
const PANEL_WIDTH = 380;
/** A point in the sidebar's header, left of its collapse button: a click there puts focus in the panel, before its first control. */
const HEADER_POINT = [VIEWPORT.width - 200, 30] as const;
/** Screenshots of the comparisons, for people to look at. */
const OUT = 'test-results/screenshots/hostile';

const BODY = `
<header><h1>分期乐</h1><nav><a href="#a">借款</a> <a href="#b">还款</a> <a href="#c">我的</a></nav></header>
<main><p>分期乐是乐信旗下的消费分期平台。</p><button type="button" id="page-button">页面按钮</button></main>`;

function page(head: string, body = BODY): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>分期乐</title>${head}</head><body>${body}</body></html>`;
}

const PLAIN = page('<style>body { margin: 0; background: #fff; font: 14px sans-serif; }</style>');

/** Every trick a page's CSS can play on the host and on inherited or custom properties. */
const HOSTILE_CSS = `
* { all: unset !important; }
*::before, *::after { content: "X" !important; color: red !important; font-size: 40px !important; }
::backdrop { background: rgba(255, 0, 0, 0.5) !important; }
html { font-size: 10px !important; filter: invert(1) !important; transform: translate(-120px, 40px) scale(0.8) !important;
  color: red !important; font-family: serif !important; line-height: 3 !important; letter-spacing: 4px !important;
  writing-mode: vertical-rl !important; direction: rtl !important; }
:root { --cah-bg: red; --cah-fg: red; --cah-muted: red; --cah-border: red; --cah-accent: red; --cah-shadow: 0 0 0 40px red;
  --cah-note-bg: red; --cah-info-bg: red; --cah-warn-bg: red; }
body { transform: rotate(3deg) !important; background: #fff !important; }
head, style, script { display: none !important; }
credit-auth-sidebar { display: none !important; transform: scale(0.5) !important; opacity: 0 !important; visibility: hidden !important;
  filter: blur(4px) !important; clip-path: inset(50%) !important; position: static !important; width: 10px !important;
  zoom: 0.5 !important; --cah-bg: red !important; font-size: 30px !important; color: red !important; }
credit-auth-sidebar::before { content: "" !important; position: fixed !important; inset: 0 !important; background: red !important; display: block !important; }
`;

/** And the host's own inline style, overwritten by the page as soon as the host appears. */
const HOSTILE_SCRIPT = `<script>
  new MutationObserver(() => {
    const host = document.querySelector('credit-auth-sidebar');
    if (host && !host.dataset.restyled) {
      host.dataset.restyled = '1';
      host.setAttribute('style', 'display:none !important; opacity:0 !important; transform:translateX(200px) !important');
    }
  }).observe(document.documentElement, { childList: true });
</script>`;

const HOSTILE = page(`<style>${HOSTILE_CSS}</style>${HOSTILE_SCRIPT}`);

let browser: TestBrowser;

interface Served {
  html: string;
  headers?: Record<string, string>;
}

/** Serves `pages` by path on `origin` (other paths get the harness's 404). */
async function servePages(origin: string, pages: Record<string, Served>): Promise<void> {
  for (const [path, served] of Object.entries(pages)) await browser.serve(`${origin}${path}`, served.html, served.headers);
}

async function openPage(url: string): Promise<TestPage> {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitFor(FILLED_SIDEBAR, { timeout: 5_000 });
  return tab;
}

async function panelRect(tab: TestPage): Promise<Rect> {
  const shadow = await tab.shadow();
  return shadow.call<Rect>(`function () {
    const { x, y, width, height } = this.querySelector('.panel').getBoundingClientRect();
    return { x, y, width, height };
  }`);
}

/** Share of pixels that differ (by more than `tolerance` in a channel) between two PNG screenshots of the same size. */
function differingShare(a: Buffer, b: Buffer, tolerance = 0): number {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  expect([right.width, right.height]).toEqual([left.width, left.height]);
  let differing = 0;
  for (let i = 0; i < left.data.length; i += 4) {
    for (let channel = 0; channel < 4; channel += 1) {
      if (Math.abs(left.data[i + channel]! - right.data[i + channel]!) > tolerance) {
        differing += 1;
        break;
      }
    }
  }
  return differing / (left.width * left.height);
}

/** The screenshot with its colours inverted, as `filter: invert(1)` does. */
function inverted(shot: Buffer): Buffer {
  const png = PNG.sync.read(shot);
  for (let i = 0; i < png.data.length; i += 4) for (let channel = 0; channel < 3; channel += 1) png.data[i + channel] = 255 - png.data[i + channel]!;
  return PNG.sync.write(png);
}

beforeAll(async () => {
  browser = await launchDriver(BUILD.prod, { viewport: VIEWPORT });
});

// The sidebar remembers per site whether it was collapsed: each test starts from a fresh choice.
// These tests are about the expanded panel: it opens on every page, not only on flow pages.
beforeEach(async () => {
  await browser.inExtension(() => chrome.storage.local.clear());
  await preferExpandedSidebar(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('page CSS', () => {
  it('cannot change how the sidebar looks, even with filter and transform on <html>', async () => {
    await servePages(ORIGIN, { '/plain': { html: PLAIN }, '/hostile': { html: HOSTILE } });
    const plain = await openPage(`${ORIGIN}/plain`);
    const hostile = await openPage(`${ORIGIN}/hostile`);
    const region = await panelRect(plain);
    expect(region).toEqual({ x: VIEWPORT.width - PANEL_WIDTH, y: 0, width: PANEL_WIDTH, height: VIEWPORT.height });
    expect(await panelRect(hostile)).toEqual(region);
    // The hostile page really is hostile: its own content is inverted and moved.
    expect(await hostile.evaluate(() => getComputedStyle(document.documentElement).filter)).toBe('invert(1)');
    expect(await hostile.evaluate(() => document.querySelector('credit-auth-sidebar')!.getAttribute('style'))).toContain(
      'display:none',
    );

    const plainShot = await plain.screenshot({ clip: region });
    const hostileShot = await hostile.screenshot({ clip: region });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/plain-panel.png`, plainShot);
    writeFileSync(`${OUT}/hostile-panel.png`, hostileShot);
    await hostile.screenshot({ path: `${OUT}/hostile-page.png` });
    if (BROWSER === 'firefox') {
      // An asserted difference (docs/firefox.md): Firefox applies a filter on <html> to the top
      // layer too, so the sidebar shows in the page's filter (here inverted). Nothing else of the
      // page's CSS reaches it: the hostile panel is exactly the plain one, inverted.
      expect(differingShare(plainShot, hostileShot)).toBeGreaterThan(0.5);
      const share = differingShare(inverted(plainShot), hostileShot, 2);
      console.log(`firefox: hostile panel vs inverted plain panel differ in ${(share * 100).toFixed(2)}% of pixels`);
      expect(share).toBeLessThan(0.005);
    } else {
      expect(differingShare(plainShot, hostileShot)).toBeLessThan(0.005);
    }
    // And the panel is on top at its own place, not hidden or re-based by <html>'s transform.
    expect(await hostile.evaluate(() => document.elementFromPoint(innerWidth - 20, 300)?.tagName.toLowerCase())).toBe(
      'credit-auth-sidebar',
    );
    await plain.close();
    await hostile.close();
  });
});

describe('page overlays', () => {
  it('a full-screen overlay at the highest z-index added later does not cover the sidebar', async () => {
    const overlay = `<script>
      addEventListener('load', () => setTimeout(() => {
        const cover = document.createElement('div');
        cover.id = 'cover';
        cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.4)';
        document.documentElement.append(cover); // after the sidebar's host: wins a z-index tie
        document.body.append(cover.cloneNode());
      }, 200));
    </script>`;
    await servePages(ORIGIN, { '/overlay': { html: page(overlay) } });
    const tab = await openPage(`${ORIGIN}/overlay`);
    await tab.waitFor('#cover');
    const hits = await tab.evaluate(() => ({
      panel: [
        [innerWidth - 20, 20],
        [innerWidth - 200, 400],
        [innerWidth - 370, innerHeight - 20],
      ].map(([x, y]) => document.elementFromPoint(x!, y!)?.tagName.toLowerCase()),
      page: document.elementFromPoint(200, 400)?.id,
    }));
    expect(hits.panel).toEqual(['credit-auth-sidebar', 'credit-auth-sidebar', 'credit-auth-sidebar']);
    expect(hits.page).toBe('cover'); // the overlay is there, just not over the sidebar
    await tab.close();
  });
});

describe('a page removing the host', () => {
  it('gets it back within a second, still on top, with its shadow root closed', async () => {
    await servePages(ORIGIN, { '/remove': { html: PLAIN } });
    const tab = await openPage(`${ORIGIN}/remove`);
    expect(await tab.evaluate(() => document.querySelector('credit-auth-sidebar')!.shadowRoot)).toBeNull();
    const started = Date.now();
    await tab.evaluate(() => {
      document.querySelector('credit-auth-sidebar')!.remove();
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div id="cover" style="position:fixed;inset:0;z-index:2147483647;background:#000"></div>',
      );
    });
    await tab.waitForFunction(() => document.querySelector('credit-auth-sidebar')?.isConnected, undefined, { timeout: 1_000 });
    console.log(`host re-attached after ${Date.now() - started} ms (round trip included)`);
    expect(await tab.evaluate(() => document.elementFromPoint(innerWidth - 20, 300)?.tagName.toLowerCase())).toBe(
      'credit-auth-sidebar',
    );
    expect(await tab.evaluate(() => document.querySelectorAll('credit-auth-sidebar').length)).toBe(1);
    expect(await tab.evaluate(() => document.querySelector('credit-auth-sidebar')!.shadowRoot)).toBeNull();
    // hidePopover() from the page puts it back too.
    await tab.evaluate(() => (document.querySelector('credit-auth-sidebar') as HTMLElement).hidePopover());
    await tab.waitForFunction(() => document.querySelector('credit-auth-sidebar')!.matches(':popover-open'), undefined, {
      timeout: 1_000,
    });
    await tab.close();
  });

  it('backs off while the page keeps removing it, so the fight costs little', async () => {
    const remover = `<script>
      window.removals = 0;
      new MutationObserver(() => {
        const host = document.querySelector('credit-auth-sidebar');
        if (host) { host.remove(); window.removals += 1; }
      }).observe(document.documentElement, { childList: true });
    </script>`;
    await servePages(ORIGIN, { '/remover': { html: page(remover) } });
    const tab = await browser.newPage();
    await tab.goto(`${ORIGIN}/remover`);
    await tab.waitForFunction(() => (window as unknown as { removals: number }).removals > 0);
    await tab.wait(3_000);
    // Immediate repairs at first, then 50, 100, 200… ms up to 1 s apart: about ten in three seconds,
    // not hundreds; and it keeps coming back (it never gives up for good).
    const removals = await tab.evaluate(() => (window as unknown as { removals: number }).removals);
    expect(removals).toBeGreaterThanOrEqual(6);
    expect(removals).toBeLessThanOrEqual(16);
    await tab.waitForFunction((before) => (window as unknown as { removals: number }).removals > before, removals, { timeout: 2_500 });
    await tab.close();
  });

  it('is back within 2 s once a page stops removing it, however long it went on', async () => {
    const remover = `<script>
      window.removals = 0;
      const started = Date.now();
      const timer = setInterval(() => {
        const host = document.querySelector('credit-auth-sidebar');
        if (host) { host.remove(); window.removals += 1; }
        if (Date.now() - started > 3000) { clearInterval(timer); window.stoppedAt = performance.now(); }
      }, 50);
    </script>`;
    await servePages(ORIGIN, { '/stops-removing': { html: page(remover) } });
    const tab = await browser.newPage();
    await tab.goto(`${ORIGIN}/stops-removing`);
    await tab.waitForFunction(() => (window as unknown as { stoppedAt?: number }).stoppedAt !== undefined, undefined, { timeout: 6_000 });
    expect(await tab.evaluate(() => (window as unknown as { removals: number }).removals)).toBeGreaterThan(3);
    const back = await tab.waitForFunction(
      () => (document.querySelector('credit-auth-sidebar')?.isConnected ? performance.now() - (window as unknown as { stoppedAt: number }).stoppedAt : 0),
      undefined,
      { timeout: 2_500, polling: 20 },
    );
    expect(back).toBeLessThan(2_000);
    expect(await tab.attribute('credit-auth-sidebar', 'data-platform')).toBe('fenqile');
    await tab.close();
  });
});

describe('keyboard', () => {
  const LISTENERS = `<script>
    window.seen = [];
    for (const [name, target] of [['window', window], ['document', document], ['body', document.body]]) {
      for (const capture of [true, false]) {
        for (const type of ['keydown', 'keypress', 'keyup']) {
          target.addEventListener(type, (e) => window.seen.push(name + (capture ? ':capture:' : ':bubble:') + type + ':' + e.key), capture);
        }
      }
    }
  </script>`;
  const keyboardPage = page('<style>body { margin: 0; background: #fff; }</style>', `${BODY}${LISTENERS}`);

  it('keys typed in the sidebar do not reach the page’s bubble-phase handlers', async () => {
    await servePages(ORIGIN, { '/keys': { html: keyboardPage } });
    const tab = await openPage(`${ORIGIN}/keys`);
    await tab.mouse.click(...HEADER_POINT); // focus inside the sidebar (its header)
    expect(await tab.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('credit-auth-sidebar');
    await tab.keyboard.type('abc');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter'); // on the collapse button: collapses and focuses the edge tab
    const seen = await tab.evaluate(() => (window as unknown as { seen: string[] }).seen.splice(0));
    // Capture listeners on window, document and <body> run before the event reaches the shadow
    // root; stopping them would also stop the event before the sidebar, so they still see the
    // keys (retargeted to the host). Nothing past the shadow root sees anything.
    expect(seen.filter((entry) => entry.includes(':bubble:'))).toEqual([]);
    expect(seen.filter((entry) => entry.startsWith('window:capture:keydown'))).toEqual([
      'window:capture:keydown:a',
      'window:capture:keydown:b',
      'window:capture:keydown:c',
      'window:capture:keydown:Tab',
      'window:capture:keydown:Enter',
    ]);
    // Control: with focus on the page, the same listeners do fire in the bubble phase.
    await tab.focus('#page-button');
    await tab.keyboard.press('z');
    const after = await tab.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(after).toContain('document:bubble:keydown:z');
    expect(after).toContain('body:bubble:keyup:z');
    await tab.close();
  });

  it('Esc collapses the sidebar and returns focus to the page', async () => {
    await servePages(ORIGIN, { '/esc': { html: keyboardPage } });
    const tab = await openPage(`${ORIGIN}/esc`);
    await tab.mouse.click(...HEADER_POINT);
    await tab.keyboard.press('Tab'); // the collapse button
    expect(await tab.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('credit-auth-sidebar');
    await tab.keyboard.press('Escape');
    await tab.wait(100);
    expect(await tab.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('body');
    expect(await tab.evaluate(() => document.elementFromPoint(innerWidth - 200, 200)?.tagName.toLowerCase())).not.toBe(
      'credit-auth-sidebar',
    );
    // Keys now go to the page.
    await tab.evaluate(() => (window as unknown as { seen: string[] }).seen.splice(0));
    await tab.keyboard.press('q');
    expect(await tab.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('document:bubble:keydown:q');
    await tab.close();
  });

  it('reaches every control with Tab, each with a visible focus ring', async () => {
    await servePages(ORIGIN, { '/tab': { html: PLAIN } });
    const tab = await openPage(`${ORIGIN}/tab`);
    const shadow = await tab.shadow();
    // Open the sources list so its links are controls too.
    const controls = await shadow.call<string[]>(`function () {
      this.querySelectorAll('details').forEach((details) => { details.open = true; });
      window.__describe = (el) => el.tagName.toLowerCase() + '|' + (el.getAttribute('aria-label') || el.getAttribute('href') || el.textContent.trim());
      return [...this.querySelectorAll('a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.checkVisibility())
        // A radio group is one tab stop (arrow keys move within it): its checked radio.
        .filter((el) => el.type !== 'radio' || el.checked)
        .map((el) => window.__describe(el));
    }`);
    expect(controls.length).toBeGreaterThan(3);
    await tab.mouse.click(...HEADER_POINT);
    const visited: Array<{ control: string; focusVisible: boolean; outline: string }> = [];
    for (let i = 0; i < controls.length + 5; i += 1) {
      await tab.keyboard.press('Tab');
      const focused = await shadow.call<{ control: string; focusVisible: boolean; outline: string } | null>(`function () {
        const el = this.activeElement;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { control: window.__describe(el), focusVisible: el.matches(':focus-visible'), outline: style.outlineStyle + ' ' + style.outlineWidth };
      }`);
      if (!focused) break; // focus left the sidebar
      visited.push(focused);
    }
    expect(visited.map((entry) => entry.control)).toEqual(controls);
    for (const entry of visited) expect(entry, entry.control).toMatchObject({ focusVisible: true, outline: 'solid 3px' });
    await tab.close();
  });
});

describe('strict Content-Security-Policy', () => {
  it('still gets a styled sidebar, and causes no violation of it', async () => {
    const csp = "default-src 'none'; style-src 'self' 'report-sample'; script-src 'self'";
    // The page's own style and a violation recorder come from files ('self'); the recorder also
    // adds one inline <style> of its own, which the policy refuses: the recorder is seen to work.
    const recorder = `window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
      const probe = document.createElement('style');
      probe.textContent = '.csp-probe { color: red; }';
      document.head.append(probe);`;
    const strictPage = page('<link rel="stylesheet" href="/csp.css"><script src="/csp-recorder.js"></script>');
    await servePages(ORIGIN, {
      '/csp': { html: strictPage, headers: { 'Content-Security-Policy': csp } },
      '/csp.css': { html: 'body { margin: 0; background: #fff; font: 14px sans-serif; }', headers: { 'content-type': 'text/css' } },
      '/csp-recorder.js': { html: recorder, headers: { 'content-type': 'text/javascript' } },
      '/plain-for-csp': { html: PLAIN },
    });
    const plain = await openPage(`${ORIGIN}/plain-for-csp`);
    const strict = await openPage(`${ORIGIN}/csp`);
    const region = await panelRect(strict);
    expect(region).toEqual({ x: VIEWPORT.width - PANEL_WIDTH, y: 0, width: PANEL_WIDTH, height: VIEWPORT.height });
    expect(differingShare(await plain.screenshot({ clip: region }), await strict.screenshot({ clip: region }))).toBeLessThan(
      0.005,
    );
    await strict.wait(300); // violation events are dispatched asynchronously
    expect(await strict.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([
      'style-src-elem inline .csp-probe { color: red; }',
    ]);
    await plain.close();
    await strict.close();
  });
});

describe('a page with 20,000 elements', () => {
  const ELEMENTS = 20_000;
  const big = page(
    `<script>
      window.longTasks = [];
      window.longTaskApi = PerformanceObserver.supportedEntryTypes.includes('longtask');
      if (window.longTaskApi) {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      }
      window.hostAt = null;
      new MutationObserver(() => {
        if (window.hostAt === null && document.querySelector('credit-auth-sidebar')) window.hostAt = performance.now();
      }).observe(document.documentElement, { childList: true });
    </script>`,
    `<main>${Array.from({ length: ELEMENTS / 2 }, (_, i) => `<p>第 ${i} 行<span>借款</span></p>`).join('')}</main>`,
  );

  interface Timings {
    longTasks: Array<{ start: number; duration: number }>;
    domContentLoaded: number;
    hostAt: number | null;
    longTaskApi: boolean;
    elements: number;
  }

  async function measure(url: string, withSidebar: boolean): Promise<Timings> {
    const tab = await browser.newPage();
    await tab.goto(url);
    if (withSidebar) await tab.waitFor(FILLED_SIDEBAR);
    await tab.wait(1_000); // rendering settles; long tasks are reported
    const timings = await tab.evaluate(() => ({
      longTasks: (window as unknown as { longTasks: Timings['longTasks'] }).longTasks,
      domContentLoaded: performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventStart as number,
      hostAt: (window as unknown as { hostAt: number | null }).hostAt,
      longTaskApi: (window as unknown as { longTaskApi: boolean }).longTaskApi,
      elements: document.getElementsByTagName('*').length,
    }));
    await tab.close();
    return timings;
  }

  it('shows the sidebar without a long task caused by it', async () => {
    await servePages(ORIGIN, { '/big': { html: big } });
    await servePages(OTHER_ORIGIN, { '/big': { html: big } });
    const runs: Array<{ with: Timings; without: Timings }> = [];
    for (let i = 0; i < 3; i += 1) {
      runs.push({ with: await measure(`${ORIGIN}/big`, true), without: await measure(`${OTHER_ORIGIN}/big`, false) });
    }
    console.log(JSON.stringify(runs));
    for (const run of runs) {
      // The content script's work ends with the host's append (hostAt, seen by the page's own
      // observer in the same task): a long task it caused contains hostAt or comes after it.
      // An asserted difference (docs/firefox.md): Firefox has no Long Tasks API, so the check of
      // long tasks is Chromium's; in Firefox the page still gets its sidebar, the rest holds.
      expect(run.with.longTaskApi).toBe(BROWSER === 'chromium');
      expect(run.with.longTasks.filter((task) => task.start + task.duration >= run.with.hostAt!)).toEqual([]);
      expect(run.with.elements).toBeGreaterThan(ELEMENTS);
      expect(run.with.hostAt).not.toBeNull();
      expect(run.without.hostAt).toBeNull();
    }
  });
});
