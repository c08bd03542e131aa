/**
 * What the sidebar needs from storage on a page: language, whether the site is muted, whether
 * it starts collapsed, and the user's owe-money answer. The content script reads these without
 * shipping zod (size budget); anything malformed falls back to the defaults, it never throws.
 * Writes go through the background, which validates them.
 */
import type { SidebarDefault, SidebarEdge } from '../rules/sidebar-presentation';
import type { Locale } from '../utils/translator';

/** The stored items the page layer reads its choices from. */
export const SIDEBAR_STORED_KEYS = ['settings', 'site-ui', 'progress'] as const;

export interface SidebarPrefs {
  locale: Locale;
  muted: boolean;
  collapsed: boolean;
  /** The user's own choice on this site (true: collapsed); undefined when never made. */
  rememberedCollapsed: boolean | undefined;
  sidebarDefault: SidebarDefault;
  edge: SidebarEdge;
  owesMoney: 'yes' | 'no' | 'unknown';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `stored` is what storage.local.get(['settings', 'site-ui', 'progress']) returned. */
export function readSidebarPrefs(stored: unknown, host: string, platformId: string): SidebarPrefs {
  const all = isRecord(stored) ? stored : {};
  const settings = isRecord(all.settings) ? all.settings : {};
  const siteUi = isRecord(all['site-ui']) && Object.hasOwn(all['site-ui'], host) ? all['site-ui'][host] : undefined;
  const progress = isRecord(all.progress) && Object.hasOwn(all.progress, platformId) ? all.progress[platformId] : undefined;
  const owes = isRecord(progress) ? progress.owesMoney : undefined;
  const siteCollapsed = isRecord(siteUi) && typeof siteUi.collapsed === 'boolean' ? siteUi.collapsed : undefined;
  const sidebarDefault = settings.sidebarDefault === 'expanded' || settings.sidebarDefault === 'collapsed' ? settings.sidebarDefault : 'auto';
  return {
    locale: settings.locale === 'en' ? 'en' : 'zh-CN',
    muted: Array.isArray(settings.mutedSites) && settings.mutedSites.includes(host),
    collapsed: siteCollapsed ?? settings.sidebarDefault === 'collapsed',
    rememberedCollapsed: siteCollapsed,
    sidebarDefault,
    edge: settings.sidebarEdge === 'left' ? 'left' : 'right',
    owesMoney: owes === 'yes' || owes === 'no' ? owes : 'unknown',
  };
}
