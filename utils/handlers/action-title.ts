/**
 * The toolbar button's tooltip and badge on a recognized tab, in the language the user chose
 * in the options (the manifest's default title follows the browser's language instead).
 */
import { createTranslator, type Locale } from '../i18n';

export function actionLabels(locale: Locale, brand?: string): { title: string; badge: string } {
  const t = createTranslator(locale);
  return { title: brand ? t('actionTitle.platform', { brand }) : t('appName'), badge: t('actionTitle.badge') };
}
