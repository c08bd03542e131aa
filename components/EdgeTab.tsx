/**
 * The collapsed sidebar: a small tab at the page's edge with a one-line summary of what the
 * sidebar has for this page, so the user can tell whether opening it is worth it.
 */
import type { Translate } from '../utils/i18n';
import type { PageFindingsData } from './PageFindings';
import type { SidebarMode } from './Sidebar';

interface EdgeTabProps {
  t: Translate;
  /** One line; the tab cuts it with an ellipsis where space runs out. None before the page is known. */
  summary?: string;
  onExpand: () => void;
}

/** The line the tab shows: a warning first, then the letter's verdict, then the guide. */
export function edgeTabSummary(t: Translate, mode: SidebarMode, title: string, findings: PageFindingsData | null): string {
  if (findings?.lookalike) return t('edgeTab.lookalike', { brand: findings.lookalike.brand });
  if (findings && findings.lures.length > 0) return t('edgeTab.predatory');
  if (findings?.letter) return t('edgeTab.letter', { verdict: t(`letter.verdict.${findings.letter.verdict}`) });
  if (mode === 'warning') return t('warning.header');
  if (mode === 'generic') return t('edgeTab.generic');
  return t('edgeTab.platform', { brand: title });
}

export function EdgeTab({ t, summary, onExpand }: EdgeTabProps) {
  // The accessible name is the visible text with the action first: no aria-label that could
  // drift from what is shown.
  return (
    <button type="button" class="edge-tab" aria-expanded="false" onClick={onExpand}>
      <span class="visually-hidden">{t('sidebar.expand')}: </span>
      <span class="tab-mark">{t('sidebar.tab')}</span>
      {summary && (
        <span class="tab-summary" data-tab-summary="">
          {summary}
        </span>
      )}
    </button>
  );
}
