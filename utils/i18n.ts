/**
 * UI strings come from the locale files; `createTranslator` fills `{name}` placeholders.
 * zh-CN is the default and the reference: every locale must have exactly its keys (tested).
 */
import zhCN from '../locales/zh-CN.json';
import en from '../locales/en.json';

export type MessageKey = keyof typeof zhCN;
export type Locale = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const locales: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function createTranslator(locale: Locale = 'zh-CN'): Translate {
  const messages = locales[locale] ?? zhCN;
  return (key, values) => {
    const template = messages[key] ?? zhCN[key] ?? key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
