/**
 * The popup's letter check: paste an authorization letter's text, see its verdict with the
 * deciding clauses quoted and what 不可撤销 / 贷后管理 mean for withdrawing. Text that is not a
 * letter is told so; text over the length limit is told where it was cut; clearing the box (or
 * changing it) clears the result, so a verdict never stands next to other text.
 */
import { useState } from 'preact/hooks';
import { analyzeLetter, isLetterText, MAX_LETTER_CHARS, type LetterAnalysis } from '../rules/letter-analysis';
import type { Translate } from '../utils/i18n';
import { LetterNotes } from './LetterNotes';

interface LetterCheckProps {
  t: Translate;
}

type CheckResult = { kind: 'letter'; analysis: LetterAnalysis } | { kind: 'not-a-letter'; cut: LetterAnalysis['cut'] };

export function LetterCheck({ t }: LetterCheckProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<CheckResult | null>(null);
  const analyze = () => {
    const analysis = analyzeLetter(text);
    setResult(isLetterText(text) ? { kind: 'letter', analysis } : { kind: 'not-a-letter', cut: analysis.cut });
  };
  const cut = result ? (result.kind === 'letter' ? result.analysis.cut : result.cut) : null;
  return (
    <details class="letter-check">
      <summary>{t('popup.letterPaste')}</summary>
      <label class="stacked">
        {t('popup.letterPasteHelp')}
        <textarea
          rows={4}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setResult(null);
          }}
        />
      </label>
      <div class="row-buttons">
        <button type="button" onClick={analyze} disabled={text.trim().length === 0}>
          {t('popup.letterAnalyze')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setText('');
            setResult(null);
          }}
          disabled={text.length === 0 && result === null}
        >
          {t('popup.letterCheck.clear')}
        </button>
      </div>
      {cut && (
        <p class="alert-text" data-letter-cut={cut.at}>
          {t('popup.letterCheck.cut', { max: MAX_LETTER_CHARS, tail: cut.tail })}
        </p>
      )}
      {result?.kind === 'not-a-letter' && (
        <p role="status" class="alert-text" data-letter-verdict="not-a-letter">
          {t('popup.letterCheck.notALetter')}
        </p>
      )}
      {result?.kind === 'letter' && (
        <div role="status" data-letter-verdict={result.analysis.verdict} class="letter-result">
          <p>
            {t('letter.verdictLabel')}
            <strong>{t(`letter.verdict.${result.analysis.verdict}`)}</strong>
          </p>
          <p>{result.analysis.reason}</p>
          {result.analysis.deciding.length === 0 && result.analysis.clauses.length === 0 && <p class="muted">{t('popup.letterEmpty')}</p>}
          {result.analysis.deciding.length > 0 && (
            <>
              <p>{t('letter.deciding')}</p>
              <ul class="clauses">
                {result.analysis.deciding.map((clause) => (
                  <li key={`${clause.id}:${clause.quote}`}>
                    <q>{clause.quote}</q>
                    <span class="muted"> — {clause.meaning}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <LetterNotes notes={result.analysis.notes} t={t} />
          <p class="advice">{t(`letter.implication.${result.analysis.verdict}`)}</p>
        </div>
      )}
    </details>
  );
}
