/** The welcome page: what it does and does not do, privacy, all-sites recognition off, three ways in. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { WelcomePage } from '../../components/WelcomePage';
import { createTranslator } from '../../utils/i18n';

describe('WelcomePage', () => {
  it('says what it does and does not, that nothing leaves the device, and that all-sites recognition is off', () => {
    const { container } = render(<WelcomePage t={createTranslator('zh-CN')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('欢迎使用征信授权助手');
    expect(screen.getByRole('heading', { name: '它不会做什么' })).toBeTruthy();
    expect(container.querySelector('[data-section="privacy"]')!.textContent).toContain('不发出任何网络请求');
    expect(container.querySelector('[data-section="all-sites"]')!.textContent).toContain('默认关闭');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(11);
  });

  it('links to the credit-report reader and the settings by path', () => {
    render(<WelcomePage t={createTranslator('en')} />);
    expect(screen.getByRole('link', { name: 'Open the credit-report reader' }).getAttribute('href')).toBe('/report.html');
    expect(screen.getByRole('link', { name: 'Open the settings' }).getAttribute('href')).toBe('/options.html');
  });
});
