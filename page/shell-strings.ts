/**
 * The shell's two strings (the edge tab before the background's answer brings the sidebar's
 * own). The same texts as locales/<locale>/sidebar.json, which a test holds them to; only these
 * two ship in the page script.
 */
export const SHELL_STRINGS = {
  'zh-CN': { 'sidebar.expand': '展开征信授权助手', 'sidebar.tab': '征信授权' },
  en: { 'sidebar.expand': 'Open Credit Authorization Helper', 'sidebar.tab': 'Credit auth' },
} as const;
