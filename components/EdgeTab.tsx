/** The collapsed sidebar: a small tab on the right edge that opens it again. */
import type { Translate } from '../utils/i18n';

interface EdgeTabProps {
  t: Translate;
  onExpand: () => void;
}

export function EdgeTab({ t, onExpand }: EdgeTabProps) {
  return (
    <button type="button" class="edge-tab" aria-label={t('sidebar.expand')} aria-expanded="false" onClick={onExpand}>
      <span aria-hidden="true">{t('sidebar.tab')}</span>
    </button>
  );
}
