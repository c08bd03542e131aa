/**
 * The edge tab's one line, shared by the Preact tab (EdgeTab) and the page's plain-DOM shell
 * (page/shell-tab.ts), which draws the collapsed sidebar without loading the panel's code.
 */
import type { Translate } from '../utils/i18n';
import type { PageFindingsData } from './PageFindings';
import type { SidebarMode } from './Sidebar';

/** The line the tab shows: a warning first, then the letter's verdict, then the guide. */
export function edgeTabSummary(t: Translate, mode: SidebarMode, title: string, findings: PageFindingsData | null): string {
  if (findings?.lookalike) return t('edgeTab.lookalike', { brand: findings.lookalike.brand });
  if (findings && findings.lures.length > 0) return t('edgeTab.predatory');
  if (findings?.letter) return t('edgeTab.letter', { verdict: t(`letter.verdict.${findings.letter.verdict}`) });
  if (mode === 'warning') return t('warning.header');
  if (mode === 'generic') return t('edgeTab.generic');
  return t('edgeTab.platform', { brand: title });
}

/** The panel's heading: the given title, else the platform's brand, else the extension's name. */
export function sidebarTitle(t: Translate, title: string | undefined, brand: string | undefined): string {
  return title ?? brand ?? t('appName');
}
