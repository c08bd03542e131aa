/**
 * Calls `onSettled` when the page has changed and then stayed quiet for `settleMs`: after
 * single-page navigation, or when content arrives late. Bounded: at most `maxPerMinute` calls a
 * minute, whatever the page does; no polling. Watches <body> and <head>, never the sidebar (its
 * host hangs off <html>). Returns a stop function; the context's invalidation stops it too.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface WatchOptions {
  settleMs: number;
  maxPerMinute: number;
  onSettled: () => void;
}

export function watchPage(ctx: ContentScriptContext, { settleMs, maxPerMinute, onSettled }: WatchOptions): () => void {
  const calls: number[] = [];
  let timer = 0;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = 0;
      const now = Date.now();
      while (calls.length > 0 && now - calls[0]! > 60_000) calls.shift();
      if (calls.length >= maxPerMinute) return;
      calls.push(now);
      onSettled();
    }, settleMs);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange' as never, schedule);
  else ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  // Same-origin iframes (an agreement shown in a frame) finish loading after the first
  // evaluation without touching the parent's DOM; the window's load event follows them.
  if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', schedule);
  const observer = new MutationObserver(schedule);
  if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
