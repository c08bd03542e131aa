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

let settled = 0;
export function reportSettled(): void {
  settled++;
  if (__E2E_BUILD__) document.documentElement.setAttribute(SETTLED_ATTRIBUTE, String(settled));
}
