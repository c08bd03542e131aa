/** The popup's letter check: paste an authorization letter's text, see its verdict and clauses. */
import { useState } from 'preact/hooks';
import { analyzeLetter, type LetterAnalysis } from '../rules/letter-analysis';
import type { Translate } from '../utils/i18n';

interface LetterCheckProps {
  t: Translate;
}

export function LetterCheck({ t }: LetterCheckProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<LetterAnalysis | null>(null);
  return (
    <details class="letter-check">
      <summary>{t('popup.letterPaste')}</summary>
      <label class="stacked">
        {t('popup.letterPasteHelp')}
        <textarea rows={4} maxLength={30_000} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => setResult(analyzeLetter(text))} disabled={text.trim().length === 0}>
        {t('popup.letterAnalyze')}
      </button>
      {result && (
        <div role="status" data-letter-verdict={result.verdict} class="letter-result">
          <p>
            {t('letter.verdictLabel')}
            <strong>{t(`letter.verdict.${result.verdict}`)}</strong>
          </p>
          <p>{result.reason}</p>
          {result.deciding.length === 0 && result.clauses.length === 0 && <p class="muted">{t('popup.letterEmpty')}</p>}
          <ul class="clauses">
            {result.deciding.map((clause) => (
              <li key={`${clause.id}:${clause.quote}`}>
                <q>{clause.quote}</q>
                <span class="muted"> — {clause.meaning}</span>
              </li>
            ))}
          </ul>
          <p class="advice">{t(`letter.implication.${result.verdict}`)}</p>
        </div>
      )}
    </details>
  );
}
