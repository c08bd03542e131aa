/** The popup's first block: the platform of the current tab, or why there is none. */
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';

interface CurrentPlatformProps {
  rule: PlatformRule | null;
  t: Translate;
}

export function CurrentPlatform({ rule, t }: CurrentPlatformProps) {
  if (!rule) {
    return (
      <section class="current" data-platform="">
        <p>{t('popup.noPlatform')}</p>
      </section>
    );
  }
  return (
    <section class="current" data-platform={rule.id} aria-labelledby="current-title">
      <p class="muted">{t('popup.currentTab')}</p>
      <h2 id="current-title">{rule.brand}</h2>
      <p class="muted">{rule.legalEntities.map((entity) => entity.name).join('、')}</p>
    </section>
  );
}
