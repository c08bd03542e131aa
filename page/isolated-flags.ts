/**
 * Flags shared by the content scripts and the popup's injections. They live in the extensions'
 * isolated world, where the page can neither see nor set them.
 */
import type { Replies } from '../utils/messages';
import type { SidebarPanel } from './sidebar-panel';

interface IsolatedFlags {
  __creditAuthStarted?: boolean;
  /** Set by the popup's "show the sidebar here": overrides a muted site. */
  __creditAuthForceShow?: boolean;
  /** Set by the popup's "analyze this page": report the verdict to the popup. */
  __creditAuthAnalyze?: boolean;
  /** Set by a running controller: shows the sidebar even on a muted site. */
  __creditAuthShow?: () => void;
  /** Set by the sidebar's document_start script: the reads it started while the page parses. */
  __creditAuthPrefetch?: Prefetched;
  /** Set by the panel's script (entrypoints/sidebar-panel.ts) when the background injected it. */
  __creditAuthPanel?: SidebarPanel;
}

/** What the sidebar needs first, asked for at document_start (entrypoints/sidebar-prefetch.ts). */
export interface Prefetched {
  /** The stored choices (settings, site-ui, progress); `{}` when the read failed. */
  stored: Promise<unknown>;
  /** The background's answer for this page. */
  guide: Promise<Replies['page-guide']>;
}

const flags = globalThis as IsolatedFlags;

/** True for the first sidebar script on this page; a second injection stays out of the way. */
export function claimPage(): boolean {
  if (flags.__creditAuthStarted) return false;
  flags.__creditAuthStarted = true;
  return true;
}

export const forceShowRequested = () => Boolean(flags.__creditAuthForceShow);

/** Reads and clears the popup's analysis request. */
export function takeAnalysisRequest(): boolean {
  const requested = Boolean(flags.__creditAuthAnalyze);
  flags.__creditAuthAnalyze = false;
  return requested;
}

export function setPrefetched(prefetched: Prefetched): void {
  flags.__creditAuthPrefetch = prefetched;
}

/** Reads and clears what the document_start script asked for; null when it did not run. */
export function takePrefetched(): Prefetched | null {
  const prefetched = flags.__creditAuthPrefetch ?? null;
  delete flags.__creditAuthPrefetch;
  return prefetched;
}

/** Lets the popup's "show the sidebar here" reach a controller that is already running. */
export function onShowRequest(show: () => void): void {
  flags.__creditAuthShow = show;
}

/** The panel's script hands its code to the shell that asked for it. */
export function providePanel(panel: SidebarPanel): void {
  flags.__creditAuthPanel = panel;
}

/** The panel's code, once its script has run in this page; null before. */
export const providedPanel = (): SidebarPanel | null => flags.__creditAuthPanel ?? null;
