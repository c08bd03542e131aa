/**
 * The request-letter generator. In the popup: optional fields (name, last four digits of the
 * phone registered there, account, a reply contact, a date to answer by), the text itself
 * editable before copying, copy and download as .txt; nothing typed is stored unless the user
 * saves a draft. (On a web page the sidebar shows a read-only text instead: RequestText.tsx.)
 */
import { useState } from 'preact/hooks';
import { composePhoneScript, composeRequestLetter, type LetterFields } from '../rules/request-letter';
import { addLetterExtras, type LetterExtras } from '../rules/request-letter-extras';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';
import type { LetterDraft } from '../utils/user-data';
import { PhoneScript } from './PhoneScript';
import { uiIsNotChinese } from './RuleText';

interface RequestLetterProps {
  rule: PlatformRule;
  today: Date;
  t: Translate;
  onCopy: (text: string) => Promise<void>;
  /** Saves the text as a file; no download button without it. */
  onDownload?: (fileName: string, text: string) => void;
  /** A draft the user saved before: fields and text come back from it. */
  draft?: LetterDraft | null;
  onSaveDraft?: (draft: Omit<LetterDraft, 'savedAt'>) => void;
  onDeleteDraft?: () => void;
}

type Fields = LetterFields & LetterExtras;
type Status = 'idle' | 'letter' | 'script' | 'failed' | 'downloaded' | 'draft-saved' | 'draft-deleted';

/** A file name without characters that file systems refuse. */
export function letterFileName(brand: string, today: Date): string {
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const safeBrand = brand.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40) || 'platform';
  return `撤回征信授权申请-${safeBrand}-${date}.txt`;
}

export function RequestLetter(props: RequestLetterProps) {
  const { rule, today, t, onCopy } = props;
  const [fields, setFields] = useState<Fields>(props.draft?.fields ?? {});
  // The user's own edit of the text; null while it follows the fields.
  const [edited, setEdited] = useState<string | null>(props.draft?.text ?? null);
  const [status, setStatus] = useState<Status>('idle');
  const composed = addLetterExtras(composeRequestLetter(rule, today, fields), fields);
  const letter = edited ?? composed;
  const script = composePhoneScript(rule);
  const copy = (text: string, which: Status) =>
    onCopy(text).then(
      () => setStatus(which),
      () => setStatus('failed'),
    );
  const field = (key: keyof Fields, label: string, extra: Record<string, unknown> = {}) => (
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
  const statusText: Record<Status, string> = {
    idle: '',
    letter: t('letter.copied'),
    script: t('letter.copied'),
    failed: t('letter.copyFailed'),
    downloaded: t('letterEdit.downloaded'),
    'draft-saved': t('letterEdit.draftSaved'),
    'draft-deleted': t('letterEdit.draftDeleted'),
  };
  const content = (
    <>
      <p class="muted">{t('letter.optional')}</p>
          <div class="letter-fields">
            {field('name', t('letter.name'), { maxLength: 40 })}
            {field('phoneLast4', t('letter.phoneLast4'), { maxLength: 4, inputMode: 'numeric', pattern: '[0-9]{4}' })}
            {field('accountRef', t('letter.accountRef'), { maxLength: 60 })}
            {field('replyContact', t('letterEdit.replyContact'), { maxLength: 120 })}
            {field('answerBy', t('letterEdit.answerBy'), { type: 'date' })}
          </div>
      {uiIsNotChinese(t) && (
        <p class="rule-text-label" data-letter-language="">
          {t('letter.inChinese')}
        </p>
      )}
      <label class="letter-label">
        {t('letterEdit.textLabel')}
        <textarea
          class="letter"
          rows={12}
          lang="zh-CN"
          value={letter}
          maxLength={10000}
          data-testid="letter-text"
          onInput={(event) => setEdited(event.currentTarget.value)}
        />
      </label>
      {edited !== null && edited !== composed && (
        <p class="note" data-letter-edited="">
          {t('letterEdit.edited')}{' '}
          <button type="button" class="link-button" onClick={() => setEdited(null)}>
            {t('letterEdit.regenerate')}
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => copy(letter, 'letter')}>
          {t('letter.copy')}
        </button>
        <button type="button" onClick={() => copy(script, 'script')}>
          {t('letter.copyScript')}
        </button>
        {props.onDownload && (
          <button
            type="button"
            onClick={() => {
              props.onDownload!(letterFileName(rule.brand, today), letter);
              setStatus('downloaded');
            }}
          >
            {t('letterEdit.download')}
          </button>
        )}
        {props.onSaveDraft && (
          <button
            type="button"
            onClick={() => {
              props.onSaveDraft!({ text: letter, fields });
              setStatus('draft-saved');
            }}
          >
            {t('letterEdit.saveDraft')}
          </button>
        )}
        {props.draft && props.onDeleteDraft && (
          <button
            type="button"
            onClick={() => {
              props.onDeleteDraft!();
              setFields({});
              setEdited(null);
              setStatus('draft-deleted');
            }}
          >
            {t('letterEdit.deleteDraft')}
          </button>
        )}
        <span role="status" class="copy-status">
          {statusText[status]}
        </span>
      </div>
      <p class="muted">{props.draft ? t('letterEdit.draftKept', { date: props.draft.savedAt.slice(0, 10) }) : t('letterEdit.notStored')}</p>
      <PhoneScript script={script} t={t} />
    </>
  );
  return (
    <section class="card" aria-labelledby="letter-title">
      <h2 id="letter-title">{t('letter.title')}</h2>
      {content}
    </section>
  );
}
