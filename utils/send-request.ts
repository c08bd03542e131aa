/**
 * Sends a request of the protocol (`messages.ts`) to the background and types its reply. No zod
 * here: content scripts use it, and the background validates what it receives anyway.
 */
import { browser } from 'wxt/browser';
import type { Replies, RequestOf, RequestType } from './messages';

export function sendRequest<T extends RequestType>(type: T, body: Omit<RequestOf<T>, 'type'> = {} as Omit<RequestOf<T>, 'type'>): Promise<Replies[T]> {
  return browser.runtime.sendMessage({ ...body, type }) as Promise<Replies[T]>;
}
