/**
 * Says when the browser does not let the extension run on the rules' platform sites (Firefox
 * lets the user withhold an MV3 add-on's host access), and asks for it with one button. Without
 * that access the sidebar cannot appear on those sites, so the user is told instead of meeting
 * silence.
 */
import type { Translate } from '../utils/i18n';

interface HostAccessNoticeProps {
  /** How many of the rules' site patterns are not granted (0: nothing to say). */
  missing: number;
  /** How many patterns the rules have. */
  total: number;
  /** Set when the user was asked and said no. */
  refused: boolean;
  t: Translate;
  onRequest: () => void;
}

export function HostAccessNotice({ missing, total, refused, t, onRequest }: HostAccessNoticeProps) {
  if (missing === 0) return null;
  return (
    <section class="notice" role="status" data-testid="host-access" data-missing={missing}>
      <p>{missing === total ? t('hostAccess.none') : t('hostAccess.some', { missing, total })}</p>
      <p>{t('hostAccess.why')}</p>
      {refused && <p>{t('hostAccess.refused')}</p>}
      <button type="button" onClick={onRequest}>
        {t('hostAccess.request')}
      </button>
    </section>
  );
}
