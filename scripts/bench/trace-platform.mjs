/**
 * `node scripts/bench/trace-platform.mjs [build]`: where a platform page's main-thread time goes
 * with the extension and without: a DevTools trace of N loads of the 分期乐 fixture, summed by
 * event name (style, layout, paint, script, parse...). Prints the top events, with minus without.
 * TRACE_LOADS sets N; TRACE_CHOICE=collapsed|expanded sets the user's choice for the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBareBrowser, launchExtensionBrowser } from '../extension-browser.mjs';

const build = resolve(process.argv[2] ?? '.output/chrome-mv3');
const LOADS = Number(process.env.TRACE_LOADS ?? 5);
const url = 'https://www.fenqile.com/';
const html = readFileSync('tests/fixtures/pages/fenqile.html', 'utf8');
const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

async function traceLoads(context) {
  const totals = new Map();
  for (let i = 0; i < LOADS; i++) {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(1500);
    await cdp.send('Tracing.end');
    await done;
    // The renderer main thread of this tab: of the threads named CrRendererMain (the trace can hold
    // other renderers', the extension's pages among them), the one with the most events.
    const count = (thread) => events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).length;
    const main = events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .reduce((best, thread) => (best && count(best) >= count(thread) ? best : thread), null);
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000 / LOADS);
    }
    await tab.close();
  }
  return totals;
}

// Set up as the extension's browser (viewport, locale, colours, flags).
const bare = await launchBareBrowser();
await bare.route('https://www.fenqile.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
const without = await traceLoads(bare);
await bare.close();
const ext = await launchExtensionBrowser(build, { headless: true });
await ext.serve(url, html);
// The user's choice for the page (TRACE_CHOICE=collapsed|expanded; default: as it opens by default).
if (process.env.TRACE_CHOICE) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.evaluate(async (collapsed) => chrome.storage.local.set({ 'site-ui': { 'www.fenqile.com': { collapsed } } }), process.env.TRACE_CHOICE === 'collapsed');
  await options.close();
}
const withExt = await traceLoads(ext.context);
await ext.close();

const names = new Set([...without.keys(), ...withExt.keys()]);
const rows = [...names]
  .map((name) => ({ event: name, without: +(without.get(name) ?? 0).toFixed(2), with: +(withExt.get(name) ?? 0).toFixed(2), added: +((withExt.get(name) ?? 0) - (without.get(name) ?? 0)).toFixed(2) }))
  .filter((row) => !TOP_LEVEL.has(row.event))
  .sort((a, b) => b.added - a.added)
  .slice(0, 25);
console.log(`ms per load, renderer main thread, mean of ${LOADS} loads (${build})`);
console.table(rows);
const task = (m) => m.get('RunTask') ?? m.get('ThreadControllerImpl::RunTask') ?? 0;
console.log(`top-level tasks: without ${task(without).toFixed(1)} ms, with ${task(withExt).toFixed(1)} ms`);
