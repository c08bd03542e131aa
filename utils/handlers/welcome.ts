/**
 * The welcome page (surface 5) opens once, when the extension is first installed: not on an
 * update, a browser update or a reload of an unpacked build.
 */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

export async function openWelcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
