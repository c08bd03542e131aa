/**
 * What the law means for a letter's 不可撤销 claim (PIPL art. 15) and its 贷后管理 purpose (the
 * 2005 order, art. 12/13): each with the clause quoted from the letter. Shared by the sidebar and
 * the popup's letter check; page text is rendered as text only.
 */
import type { LetterNote } from '../rules/letter-analysis';
import type { Translate } from '../utils/i18n';

interface LetterNotesProps {
  notes: readonly LetterNote[];
  t: Translate;
}

export function LetterNotes({ notes, t }: LetterNotesProps) {
  if (notes.length === 0) return null;
  return (
    <>
      <h3>{t('letterNotes.title')}</h3>
      <ul class="clauses letter-notes">
        {notes.map((note) => (
          <li key={note.id} data-letter-note={note.id}>
            <blockquote>“{note.quote}”</blockquote>
            <p>{note.explanation}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
