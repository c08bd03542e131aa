/**
 * Rule content (the guidance, names, the request text) is written in Chinese: it is what the
 * platforms' apps and agents use, and the request goes to a Chinese institution. It is marked
 * `lang="zh-CN"` everywhere (screen readers pronounce it right, and a test tells rule content
 * from UI strings by it); in English mode it carries a visible "in Chinese" label, so the mixed
 * languages are said, not a surprise.
 */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../utils/i18n';

/** Whether the UI speaks another language than the rules (the string set names its own). */
export const uiIsNotChinese = (t: Translate) => t('ruleText.locale') !== 'zh-CN';

interface RuleTextProps {
  t: Translate;
  /** Shows the "in Chinese" label above it in English mode. */
  label?: boolean;
  children: ComponentChildren;
}

export function RuleText({ t, label = false, children }: RuleTextProps) {
  return (
    <div class="rule-text">
      {label && uiIsNotChinese(t) && <p class="rule-text-label">{t('ruleText.label')}</p>}
      <div lang="zh-CN">{children}</div>
    </div>
  );
}

/** Once, above a page of guidance, in English mode only. */
export function RuleContentNotice({ t }: { t: Translate }) {
  if (!uiIsNotChinese(t)) return null;
  return (
    <p class="rule-text-label" data-rule-notice="">
      {t('ruleText.notice')}
    </p>
  );
}
