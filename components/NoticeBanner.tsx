/** Tells the user that a stored value was damaged and reset (its original kept as a backup). */
import type { Translate } from '../utils/i18n';

interface NoticeBannerProps {
  items: string[];
  t: Translate;
  onDismiss: () => void;
}

export function NoticeBanner({ items, t, onDismiss }: NoticeBannerProps) {
  if (items.length === 0) return null;
  return (
    <div class="notice" role="alert">
      {items.map((item) => (
        <p key={item}>{t('notice.recovered', { item })}</p>
      ))}
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
