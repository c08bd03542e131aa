import { describe, expect, it } from 'vitest';
import { createTranslator, locales } from '../../utils/i18n';

describe('i18n', () => {
  it('every locale has exactly the keys of zh-CN, none empty', () => {
    const reference = Object.keys(locales['zh-CN']).sort();
    for (const [locale, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), locale).toEqual(reference);
      for (const [key, value] of Object.entries(messages)) expect(value.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('zh-CN');
    expect(t('sidebar.recognized', { host: 'www.fenqile.com', brand: '分期乐' })).toBe(
      '本页域名 www.fenqile.com 属于“分期乐”的官方域名。',
    );
    expect(t('sidebar.recognized', { host: 'a' })).toContain('{brand}');
    expect(createTranslator('en')('sidebar.collapse')).toBe('Collapse the sidebar');
  });
});
