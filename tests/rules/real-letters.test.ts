/**
 * The corpus modelled on real letters (tests/fixtures/letters/real-modelled): the recorded split is
 * the computed one; every letter, read as text and found on a page built like its real one, gets its
 * label, with the deciding clauses quoted from it; a continuous letter is never read as one-time (nor
 * the reverse). The held-back split was measured before its misses were looked at (see the corpus
 * README for that figure); it must stay at 95% or more. Letters added later (`fresh`) are measured
 * apart. The second fresh set (`fresh2`, recorded before the engine read it) is measured and reported,
 * never asserted on: it is the clean held-back figure. LETTERS_TUNING_ONLY=1 leaves the held-back and
 * fresh letters out (used while tuning).
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import { letterPage } from '../support/letter-pages';
import { addedAfterSplit, computeSplit, letterText, loadRealLetters, recordedSplit, type RealLetter } from '../support/real-letters';

const letters = loadRealLetters();
const split = recordedSplit();
const tuningOnly = process.env.LETTERS_TUNING_ONLY === '1';

interface Outcome {
  id: string;
  label: RealLetter['label'];
  text: string;
  page: string;
  quotes: string;
}

function outcome(letter: RealLetter): Outcome {
  const text = letterText(letter);
  const analysis = analyzeLetter(text);
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  for (const clause of analysis.deciding) expect(folded, letter.id).toContain(clause.quote.replace(/\s+/g, ''));
  if (analysis.verdict !== 'unclear') expect(analysis.deciding.length, letter.id).toBeGreaterThan(0);
  const found = findAuthorizationLetter(new DOMParser().parseFromString(letterPage(letter), 'text/html'));
  const page = found ? analyzeLetter(found.text).verdict : 'none';
  return { id: letter.id, label: letter.label, text: analysis.verdict, page, quotes: analysis.deciding.map((c) => c.quote).join(' / ') };
}

const accuracy = (rows: Outcome[], key: 'text' | 'page'): number => rows.filter((row) => row[key] === row.label).length / rows.length;
const opposite = (row: Outcome, key: 'text' | 'page'): boolean =>
  (row.label === 'continuous' && row[key] === 'one-time') || (row.label === 'one-time' && row[key] === 'continuous');

describe('letters modelled on real ones', () => {
  it('has a recorded split equal to the computed one, with at least 20 held back', () => {
    expect(letters.length).toBeGreaterThanOrEqual(80);
    const later = addedAfterSplit(split);
    const computed = computeSplit(letters.filter((letter) => !later.includes(letter.id)));
    expect({ heldBack: split.heldBack, tuning: split.tuning }).toEqual(computed);
    expect(split.heldBack.length).toBeGreaterThanOrEqual(20);
    expect(split.fresh2.length).toBeGreaterThanOrEqual(20);
    expect(new Set(letters.map((letter) => letter.id)).size).toBe(letters.length);
    expect(new Set(later).size).toBe(later.length);
    for (const id of later) {
      expect(split.heldBack.includes(id) || split.tuning.includes(id), id).toBe(false);
      expect(letters.some((letter) => letter.id === id), id).toBe(true);
    }
  });

  it('tuning split: labels read from the text and from the page', () => {
    const rows = letters.filter((letter) => split.tuning.includes(letter.id)).map(outcome);
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    console.log(`tuning: ${rows.length} letters, text ${accuracy(rows, 'text').toFixed(3)}, page ${accuracy(rows, 'page').toFixed(3)}`);
    expect(rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id)).toEqual([]);
    expect(accuracy(rows, 'text')).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(rows, 'page')).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(tuningOnly)('letters added after the split (measured once): none read as the opposite kind', () => {
    const rows = letters.filter((letter) => split.fresh.includes(letter.id)).map(outcome);
    console.log(`fresh: ${rows.length} letters, text ${accuracy(rows, 'text').toFixed(3)}, page ${accuracy(rows, 'page').toFixed(3)}`);
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    expect(rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id)).toEqual([]);
  });

  it.skipIf(tuningOnly)('second fresh set (recorded before the engine read it): figures reported, not asserted', () => {
    const rows = letters.filter((letter) => split.fresh2.includes(letter.id)).map(outcome);
    const right = (key: 'text' | 'page') => rows.filter((row) => row[key] === row.label).length;
    console.log(
      `fresh2: ${rows.length} letters, text ${right('text')}/${rows.length} (${accuracy(rows, 'text').toFixed(3)}), ` +
        `page ${right('page')}/${rows.length} (${accuracy(rows, 'page').toFixed(3)})`,
    );
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    const opposite2 = rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id);
    console.log(`fresh2: read as the opposite kind: ${opposite2.length === 0 ? 'none' : opposite2.join(', ')}`);
    expect(rows.length).toBe(split.fresh2.length);
  });

  it.skipIf(tuningOnly)('held-back split: at least 95% right, none read as the opposite kind', () => {
    const rows = letters.filter((letter) => split.heldBack.includes(letter.id)).map(outcome);
    console.log(`held back: ${rows.length} letters, text ${accuracy(rows, 'text').toFixed(3)}, page ${accuracy(rows, 'page').toFixed(3)}`);
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    expect(rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id)).toEqual([]);
    expect(accuracy(rows, 'text')).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(rows, 'page')).toBeGreaterThanOrEqual(0.95);
  });
});
