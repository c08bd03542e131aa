/**
 * The request text on a web page (the sidebar): read-only, nothing personal asked, copy buttons
 * with a visible confirmation. The texts are composed by the background with the guide
 * (`PlatformGuide.requestText`), so the page script carries no letter composer; the popup's
 * editable generator is RequestLetter.tsx.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';
import { PhoneScript } from './PhoneScript';
import { uiIsNotChinese } from './RuleText';

interface RequestTextProps {
  letter: string;
  script: string;
  t: Translate;
  onCopy: (text: string) => Promise<void>;
}

export function RequestText({ letter, script, t, onCopy }: RequestTextProps) {
  const [status, setStatus] = useState('');
  const copy = (text: string) => onCopy(text).then(() => setStatus(t('letter.copied')), () => setStatus(t('letter.copyFailed')));
  return (
    <>
      {uiIsNotChinese(t) && (
        <p class="rule-text-label" data-letter-language="">
          {t('letter.inChinese')}
        </p>
      )}
      <textarea class="letter" readOnly rows={9} lang="zh-CN" value={letter} aria-label={t('letter.title')} data-testid="letter-text" />
      <div class="actions">
        <button type="button" onClick={() => void copy(letter)}>
          {t('letter.copy')}
        </button>
        <button type="button" onClick={() => void copy(script)}>
          {t('letter.copyScript')}
        </button>
        <span role="status" class="copy-status">
          {status}
        </span>
      </div>
      <PhoneScript script={script} t={t} />
    </>
  );
}
