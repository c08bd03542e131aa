/**
 * How the page layer reports. A failed evaluation shows nothing on the page (no half-right
 * guide); in the e2e build it also leaves its message on <html> so tests see the failure
 * instead of reading it as "not a lending page". The e2e build also counts finished
 * evaluations there, the "settled" signal negative checks wait for instead of sleeping.
 */

export const ERROR_ATTRIBUTE = 'data-credit-auth-error';
export const SETTLED_ATTRIBUTE = 'data-credit-auth-settled';

export function reportPageError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (__E2E_BUILD__) document.documentElement.setAttribute(ERROR_ATTRIBUTE, message.slice(0, 200));
  console.warn('征信授权助手: this page could not be read', message);
}

/**
 * `gate:stopped` (the first stage found nothing lending-like: nothing more will run until the
 * page changes), `gate:passed` (the second stage was asked for), `page:<n>` (the page layer
 * finished its n-th evaluation, sidebar or not).
 */
export type SettledState = 'gate:stopped' | 'gate:passed' | 'page';

let evaluations = 0;
export function reportSettled(state: SettledState): void {
  if (!__E2E_BUILD__) return;
  const value = state === 'page' ? `page:${++evaluations}` : state;
  document.documentElement.setAttribute(SETTLED_ATTRIBUTE, value);
}
