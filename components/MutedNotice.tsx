/**
 * Shown in place of the panel right after "don't show on this site": the choice is already
 * kept, and this is the place to take it back before the sidebar goes.
 */
import type { Translate } from '../utils/i18n';

interface MutedNoticeProps {
  t: Translate;
  host: string;
  onUndo: () => void;
  onClose: () => void;
}

export function MutedNotice({ t, host, onUndo, onClose }: MutedNoticeProps) {
  return (
    <div class="muted-notice" data-muted-notice="">
      <p role="status">{t('muteUndo.notice', { host })}</p>
      <div class="muted-actions">
        <button type="button" class="small-button" onClick={onUndo}>
          {t('muteUndo.undo')}
        </button>
        <button type="button" class="link-button" onClick={onClose}>
          {t('muteUndo.close')}
        </button>
      </div>
    </div>
  );
}
