import type { BrowserContext, Worker } from 'playwright-core';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  serve(url: string, html: string): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  offline?: boolean;
  /** Reuse this profile folder and keep it after close. */
  profileDir?: string;
}

export function findChromium(): string | null;
export const MISSING_BROWSER_MESSAGE: string;
export function launchExtensionBrowser(extensionDir: string, options?: LaunchOptions): Promise<ExtensionBrowser>;
export function launchBareBrowser(options?: { headless?: boolean }): Promise<BrowserContext>;

export function findFirefox(): string | null;
export const MISSING_FIREFOX_MESSAGE: string;
export const FIREFOX_ADDON_ID: string;
export const FIREFOX_ADDON_UUID: string;

export interface FirefoxExtensionBrowser {
  browser: import('puppeteer-core').Browser;
  addonId: string;
  uuid: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** Where Firefox saves downloads, without asking. */
  downloadDir: string;
  serve(url: string, html: string, headers?: Record<string, string>): void;
  /** Every request Firefox sent through the local proxy, as `METHOD url`. */
  proxied: string[];
  close(): Promise<void>;
}

export function launchFirefoxExtensionBrowser(
  extensionDir: string,
  options?: Omit<LaunchOptions, 'offline'>,
): Promise<FirefoxExtensionBrowser>;
