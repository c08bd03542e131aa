/** The popup's first line: the platform of the current tab (its checklist follows), or none. */
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';

interface CurrentPlatformProps {
  rule: PlatformRule | null;
  t: Translate;
}

export function CurrentPlatform({ rule, t }: CurrentPlatformProps) {
  return (
    <section class="current" data-platform={rule?.id ?? ''}>
      <p>{rule ? t('popup.currentTab', { brand: rule.brand }) : t('popup.noPlatform')}</p>
    </section>
  );
}
