/**
 * Options: export (JSON backup, Markdown report), import with a preview and a choice of merge or
 * replace (nothing is written before the user confirms), and wipe with confirmation.
 */
import { useState } from 'preact/hooks';
import { parseImport, summarizeImport, type ImportError, type UserData } from '../utils/data-transfer';
import type { Translate } from '../utils/i18n';

interface DataPanelProps {
  current: UserData;
  t: Translate;
  onExportJson: () => void;
  onExportMarkdown: () => void;
  onImport: (data: UserData, mode: 'merge' | 'replace') => Promise<void>;
  onWipe: () => Promise<void>;
}

type Message = { tone: 'ok' | 'error'; text: string } | null;

function describeError(error: ImportError, t: Translate): string {
  switch (error.code) {
    case 'too-large':
      return t('options.importError.too-large', { bytes: error.bytes });
    case 'forbidden-key':
      return t('options.importError.forbidden-key', { key: error.key });
    case 'future-version':
      return t('options.importError.future-version', { version: error.version });
    case 'invalid':
      return t('options.importError.invalid', { details: error.details });
    default:
      return t(`options.importError.${error.code}`);
  }
}

/** Refuse before reading: a 100 MB file never reaches the parser or freezes the page. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function DataPanel({ current, t, onExportJson, onExportMarkdown, onImport, onWipe }: DataPanelProps) {
  const [pending, setPending] = useState<UserData | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [confirmingWipe, setConfirmingWipe] = useState(false);

  const readFile = async (file: File | undefined) => {
    setPending(null);
    setMessage(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ tone: 'error', text: t('options.importError.too-large', { bytes: file.size }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ tone: 'error', text: t('options.importError.unreadable') });
      return;
    }
    const result = parseImport(text);
    if (result.ok) setPending(result.data);
    else setMessage({ tone: 'error', text: describeError(result.error, t) });
  };

  const confirmImport = async (mode: 'merge' | 'replace') => {
    if (!pending) return;
    await onImport(pending, mode);
    setPending(null);
    setMessage({ tone: 'ok', text: t('options.imported') });
  };

  const summary = pending ? summarizeImport(current, pending) : null;
  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('options.data')}</h2>
      <p class="muted">{t('options.dataHelp')}</p>
      <div class="actions">
        <button type="button" onClick={onExportJson}>
          {t('options.exportJson')}
        </button>
        <button type="button" onClick={onExportMarkdown}>
          {t('options.exportMarkdown')}
        </button>
      </div>
      <label class="field">
        {t('options.import')}
        <input type="file" accept="application/json,.json" data-testid="import-file" onChange={(event) => void readFile(event.currentTarget.files?.[0])} />
      </label>
      {summary && (
        <div class="preview" data-testid="import-preview">
          <p>{t('options.importPreview', summary)}</p>
          <div class="actions">
            <button type="button" onClick={() => void confirmImport('merge')}>
              {t('options.importMerge')}
            </button>
            <button type="button" onClick={() => void confirmImport('replace')}>
              {t('options.importReplace')}
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>
              {t('options.importCancel')}
            </button>
          </div>
        </div>
      )}
      {message?.tone === 'error' && (
        <p role="alert" class="error" data-testid="import-error">
          {message.text}
        </p>
      )}
      {message?.tone === 'ok' && <p role="status">{message.text}</p>}
      <div class="danger">
        {confirmingWipe ? (
          <>
            <p>{t('options.wipeConfirm')}</p>
            <div class="actions">
              <button
                type="button"
                class="destructive"
                onClick={() => {
                  setConfirmingWipe(false);
                  void onWipe().then(() => setMessage({ tone: 'ok', text: t('options.wiped') }));
                }}
              >
                {t('options.wipeYes')}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirmingWipe(false)}>
                {t('options.importCancel')}
              </button>
            </div>
          </>
        ) : (
          <button type="button" class="destructive" onClick={() => setConfirmingWipe(true)}>
            {t('options.wipe')}
          </button>
        )}
      </div>
    </section>
  );
}
