/**
 * Calls `onSettled` when the page has changed and then stayed quiet for `settleMs`: after
 * single-page navigation, or when content arrives late. Bounded: at most `maxPerMinute` calls in
 * any minute, whatever the page does; no polling. The last change is never dropped: changes that
 * come while the budget is spent are coalesced into one trailing call when it reopens, so the
 * sidebar never stays on an old view of a busy single-page app. Watches <body> and <head>, never
 * the sidebar (its host hangs off <html>). Stops with `signal` or the context's invalidation.
 */

/** The part of WXT's ContentScriptContext the watcher uses (a fake in unit tests). */
export interface WatchContext {
  setTimeout(handler: () => void, timeout: number): number;
  addEventListener(target: EventTarget, type: string, handler: () => void): void;
  onInvalidated(callback: () => void): void;
}

export interface WatchOptions {
  settleMs: number;
  maxPerMinute: number;
  onSettled: () => void;
  signal?: AbortSignal;
  /**
   * Look again after the window's load event (default true): it follows same-origin iframes,
   * which finish without touching this document. A caller that reads only this document's own
   * nodes (the all-sites gate) turns it off: the observer already sees every change it reads.
   */
  afterLoad?: boolean;
}

const WINDOW_MS = 60_000;

export function watchPage(ctx: WatchContext, { settleMs, maxPerMinute, onSettled, signal, afterLoad = true }: WatchOptions): () => void {
  const calls: number[] = [];
  let timer = 0;
  let stopped = false;

  const run = () => {
    timer = 0;
    if (stopped) return;
    const now = Date.now();
    while (calls.length > 0 && now - calls[0]! >= WINDOW_MS) calls.shift();
    if (calls.length >= maxPerMinute) {
      // Budget spent: one trailing run when the oldest call leaves the window. Later changes
      // until then are folded into it (schedule() below keeps the later deadline).
      timer = ctx.setTimeout(run, WINDOW_MS - (now - calls[0]!));
      trailing = true;
      return;
    }
    trailing = false;
    calls.push(now);
    onSettled();
  };
  let trailing = false;
  const schedule = () => {
    if (stopped || trailing) return;
    if (timer) clearTimeout(timer);
    timer = ctx.setTimeout(run, settleMs);
  };

  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', schedule);
  else ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  // Same-origin iframes (an agreement shown in a frame) finish loading after the first
  // evaluation without touching the parent's DOM; the window's load event follows them.
  if (afterLoad && document.readyState !== 'complete') ctx.addEventListener(window, 'load', schedule);
  const observer = new MutationObserver(schedule);
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer) clearTimeout(timer);
    timer = 0;
  };
  ctx.onInvalidated(stop);
  signal?.addEventListener('abort', stop);
  return stop;
}
