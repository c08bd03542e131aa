/**
 * The collapsed sidebar: a small tab at the page's edge with a one-line summary of what the
 * sidebar has for this page, so the user can tell whether opening it is worth it. Before the
 * panel's code is loaded, page/shell-tab.ts draws the same markup without Preact.
 */
import type { Translate } from '../utils/i18n';

interface EdgeTabProps {
  t: Translate;
  /** One line; the tab cuts it with an ellipsis where space runs out. None before the page is known. */
  summary?: string;
  onExpand: () => void;
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
