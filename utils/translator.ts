/** The translator itself, shared by the full (popup, options) and the sidebar-only string sets. */
import type zhSidebar from '../locales/zh-CN/sidebar.json';
import type zhApp from '../locales/zh-CN/app.json';

export type Locale = 'zh-CN' | 'en';
export type SidebarMessageKey = keyof typeof zhSidebar;
export type AppMessageKey = keyof typeof zhApp;

export function makeTranslator<K extends string>(messages: Partial<Record<K, string>>, fallback: Partial<Record<K, string>>) {
  return (key: K, values?: Record<string, string | number>): string => {
    const template = messages[key] ?? fallback[key] ?? key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}
