/**
 * The sidebar's strings only, for the content script (its size is budgeted): the same
 * translator over `locales/<locale>/sidebar.json`.
 */
import zhSidebar from '../locales/zh-CN/sidebar.json';
import enSidebar from '../locales/en/sidebar.json';
import type { Translate } from './i18n';
import { makeTranslator, type Locale } from './translator';

export function createSidebarTranslator(locale: Locale = 'zh-CN'): Translate {
  return makeTranslator(locale === 'en' ? enSidebar : zhSidebar, zhSidebar) as Translate;
}
