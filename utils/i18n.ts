/**
 * UI strings come from the locale files; `createTranslator` fills `{name}` placeholders.
 * zh-CN is the default and the reference: every locale has exactly its keys (tested). Each
 * locale is split in two: `sidebar.json` (what the content script needs, kept small for the
 * page) and `app.json` (popup and options).
 */
import zhSidebar from '../locales/zh-CN/sidebar.json';
import zhApp from '../locales/zh-CN/app.json';
import enSidebar from '../locales/en/sidebar.json';
import enApp from '../locales/en/app.json';
import { makeTranslator, type Locale, type SidebarMessageKey, type AppMessageKey } from './translator';

export type { Locale } from './translator';
export type MessageKey = SidebarMessageKey | AppMessageKey;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const locales: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': { ...zhSidebar, ...zhApp },
  en: { ...enSidebar, ...enApp },
};

export function createTranslator(locale: Locale = 'zh-CN'): Translate {
  return makeTranslator(locales[locale] ?? locales['zh-CN'], locales['zh-CN']);
}
