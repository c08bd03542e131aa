/** The page watcher: debounced, budgeted, and never dropping the last change (fake timers). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type WatchContext } from '../../page/watch-page';

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const ctx: WatchContext & { invalidate(): void } = {
    setTimeout: (handler, timeout) => setTimeout(handler, timeout) as unknown as number,
    addEventListener: (target, type, handler) => target.addEventListener(type, handler),
    onInvalidated: (callback) => void invalidated.push(callback),
    invalidate: () => invalidated.forEach((callback) => callback()),
  };
  return ctx;
}

/** One DOM change, as a single-page app makes it. */
async function change(label: string) {
  const node = document.createElement('p');
  node.textContent = label;
  document.body.append(node);
  await Promise.resolve(); // MutationObserver callbacks are microtasks
}

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the page to be quiet, then calls once for a burst', async () => {
    const onSettled = vi.fn();
    watchPage(fakeContext(), { settleMs: 400, maxPerMinute: 12, onSettled });
    for (let i = 0; i < 5; i++) {
      await change(`burst ${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onSettled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('looks again after the load event unless told that the page’s own nodes are all it reads', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const withLoad = vi.fn();
    const withoutLoad = vi.fn();
    const stopWith = watchPage(fakeContext(), { settleMs: 400, maxPerMinute: 12, onSettled: withLoad });
    const stopWithout = watchPage(fakeContext(), { settleMs: 400, maxPerMinute: 12, onSettled: withoutLoad, afterLoad: false });
    readyState.mockRestore();
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(400);
    expect(withLoad).toHaveBeenCalledTimes(1);
    expect(withoutLoad).not.toHaveBeenCalled();
    // A DOM change still reaches both.
    await change('late content');
    await vi.advanceTimersByTimeAsync(400);
    expect(withLoad).toHaveBeenCalledTimes(2);
    expect(withoutLoad).toHaveBeenCalledTimes(1);
    stopWith();
    stopWithout();
  });

  it('after the budget is spent, still evaluates the last change once the minute is over', async () => {
    const seen: string[] = [];
    const onSettled = vi.fn(() => seen.push(document.body.lastElementChild?.textContent ?? ''));
    watchPage(fakeContext(), { settleMs: 400, maxPerMinute: 12, onSettled });
    // 13 changes a second apart: 12 evaluations fit the budget, the 13th must not be lost.
    for (let i = 1; i <= 13; i++) {
      await change(`view ${i}`);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(onSettled).toHaveBeenCalledTimes(12);
    // More changes while the budget is spent are folded into the one trailing evaluation.
    await change('view 14');
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(onSettled).toHaveBeenCalledTimes(13);
    expect(seen.at(-1)).toBe('view 14');
  });

  it('never exceeds the budget in any minute, however busy the page', async () => {
    const calls: number[] = [];
    watchPage(fakeContext(), { settleMs: 100, maxPerMinute: 12, onSettled: () => calls.push(Date.now()) });
    for (let i = 0; i < 600; i++) {
      await change(`tick ${i}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    for (let i = 12; i < calls.length; i++) expect(calls[i]! - calls[i - 12]!).toBeGreaterThanOrEqual(60_000);
    expect(calls.length).toBeGreaterThan(12);
  });

  it('stops on invalidation and on abort', async () => {
    const onSettled = vi.fn();
    const ctx = fakeContext();
    watchPage(ctx, { settleMs: 100, maxPerMinute: 12, onSettled });
    ctx.invalidate();
    await change('after invalidation');
    await vi.advanceTimersByTimeAsync(1_000);
    const controller = new AbortController();
    watchPage(fakeContext(), { settleMs: 100, maxPerMinute: 12, onSettled, signal: controller.signal });
    controller.abort();
    await change('after abort');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onSettled).not.toHaveBeenCalled();
  });
});
