/**
 * Rule content (the guidance, names, the request text) is written in Chinese: it is what the
 * platforms' apps and agents use. Marked `lang="zh-CN"` everywhere (screen readers pronounce it
 * right, and a test tells rule content from UI strings by it); in English mode a block of it
 * carries a visible "in Chinese" label so the mixed languages are not a surprise.
 */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../utils/i18n';

interface RuleTextProps {
  t: Translate;
  /** Block content gets the label in English mode; inline content (a name) only the lang. */
  block?: boolean;
  children: ComponentChildren;
}

export function RuleText({ t, block = false, children }: RuleTextProps) {
  if (!block) return <span lang="zh-CN">{children}</span>;
  // The string set names its own language: only a non-Chinese UI needs the label.
  const english = t('ruleText.locale') !== 'zh-CN';
  return (
    <div class="rule-text">
      {english && <p class="rule-text-label">{t('ruleText.label')}</p>}
      <div lang="zh-CN">{children}</div>
    </div>
  );
}
