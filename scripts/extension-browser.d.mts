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
