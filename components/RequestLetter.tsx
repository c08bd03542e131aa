/** The request-letter generator: optional fields, filled in here only and never saved. */
import { useState } from 'preact/hooks';
import { composePhoneScript, composeRequestLetter, type LetterFields } from '../rules/request-letter';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';

interface RequestLetterProps {
  rule: PlatformRule;
  today: Date;
  t: Translate;
  onCopy: (text: string) => Promise<void>;
  /** Off in the sidebar: on a web page nothing personal is asked for or shown. */
  withFields?: boolean;
  /** The sidebar nests it in its own section: no card, no heading. */
  bare?: boolean;
}

type CopyState = 'idle' | 'letter' | 'script' | 'failed';

export function RequestLetter({ rule, today, t, onCopy, withFields = true, bare = false }: RequestLetterProps) {
  const [fields, setFields] = useState<LetterFields>({});
  const [copied, setCopied] = useState<CopyState>('idle');
  const letter = composeRequestLetter(rule, today, fields);
  const script = composePhoneScript(rule);
  const copy = (text: string, which: CopyState) =>
    onCopy(text).then(
      () => setCopied(which),
      () => setCopied('failed'),
    );
  const field = (key: keyof LetterFields, label: string, extra: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input
        type="text"
        autoComplete="off"
        value={fields[key] ?? ''}
        onInput={(event) => setFields({ ...fields, [key]: event.currentTarget.value })}
        {...extra}
      />
    </label>
  );
  const content = (
    <>
      {withFields && (
        <>
          <p class="muted">{t('letter.optional')}</p>
          <div class="letter-fields">
            {field('name', t('letter.name'), { maxLength: 40 })}
            {field('phoneLast4', t('letter.phoneLast4'), { maxLength: 4, inputMode: 'numeric' })}
            {field('accountRef', t('letter.accountRef'), { maxLength: 60 })}
          </div>
        </>
      )}
      <textarea class="letter" readOnly rows={9} value={letter} aria-label={t('letter.title')} data-testid="letter-text" />
      <div class="actions">
        <button type="button" onClick={() => copy(letter, 'letter')}>
          {t('letter.copy')}
        </button>
        <button type="button" onClick={() => copy(script, 'script')}>
          {t('letter.copyScript')}
        </button>
        <span role="status" class="copy-status">
          {copied === 'letter' || copied === 'script' ? t('letter.copied') : copied === 'failed' ? t('letter.copyFailed') : ''}
        </span>
      </div>
      <details>
        <summary>{t('letter.phoneScript')}</summary>
        <pre class="script">{script}</pre>
      </details>
    </>
  );
  if (bare) return content;
  return (
    <section class="card" aria-labelledby="letter-title">
      <h2 id="letter-title">{t('letter.title')}</h2>
      {content}
    </section>
  );
}
