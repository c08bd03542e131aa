/**
 * The corpus modelled on real letters (tests/fixtures/letters/real-modelled): the recorded split is
 * the computed one; every letter, read as text and found on a page built like its real one, gets its
 * label, with the deciding clauses quoted from it; a continuous letter is never read as one-time (nor
 * the reverse). The held-back split was measured before its misses were looked at (see the corpus
 * README for that figure); it must stay at 95% or more. Letters added later (`fresh`) are measured
 * apart. The second and third fresh sets (`fresh2`, `fresh3`) were each measured once (the clean
 * figures are in the README) and are tuning sets since: asserted like the tuning split, their only
 * misses the documented KNOWN_MISSES. The fourth and fifth (`fresh4`, `fresh5`) were measured once and
 * tuned on in session 19; not yet up to the bar, they are asserted by their floor (TUNED_FLOORS). A held-back set
 * written apart from the engine's work (`fresh6`, when it exists) is measured and reported, never asserted. Every asserted letter also keeps its label with
 * ordinary synonyms swapped in, and with a contract's unrelated clauses after it. LETTERS_TUNING_ONLY=1 leaves the held-back and fresh letters out
 * (used while tuning).
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter, findAuthorizationLetter, isLetterText } from '../../rules/letter-analysis';
import { letterPage } from '../support/letter-pages';
import {
  addedAfterSplit,
  computeSplit,
  KNOWN_MISSES,
  letterText,
  loadRealLetters,
  MEASURED_ONLY,
  measuredOnly,
  recordedSplit,
  TUNED_FLOORS,
  tunedAfterMeasuring,
  tunedBelowBar,
  type RealLetter,
} from '../support/real-letters';

const letters = loadRealLetters();
const split = recordedSplit();
const tuningOnly = process.env.LETTERS_TUNING_ONLY === '1';
const heldOut = measuredOnly(split);
const tuned = tunedAfterMeasuring(split);
const belowBar = tunedBelowBar(split);
/** Letters not asserted one by one: the measured-only set, and the tuning set still below the bar (asserted by its floor). */
const notAsserted = [...heldOut, ...belowBar];

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
    expect(split.fresh3.length).toBeGreaterThanOrEqual(16);
    for (const id of Object.keys(KNOWN_MISSES)) expect(tuned.includes(id) || split.tuning.includes(id), id).toBe(true);
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

  it('fresh sets measured once and tuned on since (fresh2, fresh3): at least 95% right, misses only the known ones', () => {
    const rows = letters.filter((letter) => tuned.includes(letter.id)).map(outcome);
    const right = (key: 'text' | 'page') => rows.filter((row) => row[key] === row.label).length;
    console.log(`fresh2 + fresh3 (tuning): ${rows.length} letters, text ${right('text')}/${rows.length}, page ${right('page')}/${rows.length}`);
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    expect(rows.length).toBe(tuned.length);
    expect(rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id)).toEqual([]);
    expect(accuracy(rows, 'text')).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(rows, 'page')).toBeGreaterThanOrEqual(0.95);
    // A known miss is asserted as it is: when it changes, KNOWN_MISSES is looked at again.
    expect(wrong.map((row) => row.id).filter((id) => !(id in KNOWN_MISSES))).toEqual([]);
    for (const id of Object.keys(KNOWN_MISSES).filter((known) => tuned.includes(known))) {
      const letter = letters.find((item) => item.id === id)!;
      const miss = KNOWN_MISSES[id]!;
      expect(rows.find((row) => row.id === id), id).toMatchObject({ text: miss.text ?? letter.label, page: miss.page ?? 'none' });
      // The popup's check says what the e2e test expects.
      expect(isLetterText(letterText(letter)), id).toBe(miss.popup !== 'not-a-letter');
    }
  });

  it.skipIf(tuningOnly)(`${TUNED_FLOORS.set}, measured once and tuned on since: no worse than its floor, never the opposite kind`, () => {
    const rows = letters.filter((letter) => belowBar.includes(letter.id)).map(outcome);
    const right = (key: 'text' | 'page') => rows.filter((row) => row[key] === row.label).length;
    console.log(`${TUNED_FLOORS.set} (tuning): ${rows.length} letters, text ${right('text')}/${rows.length}, page ${right('page')}/${rows.length}`);
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    expect(rows.length).toBe(TUNED_FLOORS.letters);
    expect(rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id)).toEqual([]);
    expect(right('text')).toBeGreaterThanOrEqual(TUNED_FLOORS.text);
    expect(right('page')).toBeGreaterThanOrEqual(TUNED_FLOORS.page);
    const popup = rows.filter((row) => {
      const letter = letters.find((item) => item.id === row.id)!;
      return isLetterText(letterText(letter)) ? row.text === row.label : false;
    }).length;
    expect(popup).toBeGreaterThanOrEqual(TUNED_FLOORS.popup);
  });

  it.skipIf(tuningOnly)(`held-back set ${MEASURED_ONLY} (written apart from the engine): figures reported, not asserted`, () => {
    if (heldOut.length === 0) {
      console.log(`${MEASURED_ONLY}: no such set in split.json yet`);
      return;
    }
    const rows = letters.filter((letter) => heldOut.includes(letter.id)).map(outcome);
    const right = (key: 'text' | 'page') => rows.filter((row) => row[key] === row.label).length;
    console.log(
      `${MEASURED_ONLY}: ${rows.length} letters, text ${right('text')}/${rows.length} (${accuracy(rows, 'text').toFixed(3)}), ` +
        `page ${right('page')}/${rows.length} (${accuracy(rows, 'page').toFixed(3)})`,
    );
    const wrong = rows.filter((row) => row.text !== row.label || row.page !== row.label);
    if (wrong.length > 0) console.table(wrong);
    const oppositeHeldOut = rows.filter((row) => opposite(row, 'text') || opposite(row, 'page')).map((row) => row.id);
    console.log(`${MEASURED_ONLY}: read as the opposite kind: ${oppositeHeldOut.length === 0 ? 'none' : oppositeHeldOut.join(', ')}`);
    expect(rows.length).toBe(heldOut.length);
  });

  it('keeps every label when ordinary synonyms are swapped in (party, query verb, 至/到, report names)', () => {
    // Real letters word the same clause in many ways; none of these swaps changes a clause's effect.
    const swaps: [string, (text: string) => string][] = [
      ['本人→申请人', (text) => text.replace(/本人/g, '申请人')],
      ['本人→您', (text) => text.replace(/本人/g, '您')],
      ['查询→查阅', (text) => text.replace(/查询/g, '查阅')],
      ['查询→查看', (text) => text.replace(/查询/g, '查看')],
      ['起至→起到', (text) => text.replace(/起至/g, '起到').replace(/，至/g, '，到')],
      ['信用报告→征信报告', (text) => text.replace(/信用报告/g, '征信报告')],
      ['贵行→贵司', (text) => text.replace(/贵行/g, '贵司')],
    ];
    const asserted = letters.filter(
      (letter) =>
        !notAsserted.includes(letter.id) && !(letter.id in KNOWN_MISSES) && (!tuningOnly || split.tuning.includes(letter.id) || tuned.includes(letter.id)),
    );
    const wrong: string[] = [];
    for (const [name, swap] of swaps) {
      for (const letter of asserted) {
        const variant: RealLetter = { ...letter, title: letter.title ? swap(letter.title) : null, paragraphs: letter.paragraphs.map(swap) };
        if (letterText(variant) === letterText(letter)) continue;
        const row = outcome(variant);
        if (row.text !== letter.label || row.page !== letter.label) wrong.push(`${name} ${letter.id}: text ${row.text}, page ${row.page}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the popup's check takes every asserted letter's text for a letter (the known misses as documented)", () => {
    const refused = letters
      .filter((letter) => !notAsserted.includes(letter.id) && !(letter.id in KNOWN_MISSES))
      .filter((letter) => !isLetterText(letterText(letter)))
      .map((letter) => letter.id);
    expect(refused).toEqual([]);
  });

  it("keeps every label when a contract's unrelated clauses follow it (collection, management duties, fees, UI, codes)", () => {
    // Wording that sits near real letters and resembles a clause class without saying anything about queries.
    const noise = [
      '借款人逾期的，贷款人有权进行逾期催收并收取违约金。',
      '借款人应配合贷款人的贷款管理和检查工作。',
      '贵司可将本人的还款信息报送征信机构，无需另行通知本人。',
      '本人可在【额度管理】页面查看额度。',
      '贷款管理费按月收取。',
      '平台收到您注销账户的申请后将删除信息。',
      '借款到期未还清的，按合同约定处理。',
      '短信验证码不可多次使用。',
      '依据《个人贷款管理暂行办法》订立本合同。',
      '本人在借款结清前不得注销账户。',
      '如申请未获批准，申请资料不予退还。',
      '本人可以随时书面通知贵司撤销本授权。',
    ];
    const asserted = letters.filter((letter) => !notAsserted.includes(letter.id) && (!tuningOnly || split.tuning.includes(letter.id) || tuned.includes(letter.id)));
    const wrong: string[] = [];
    for (const letter of asserted) {
      for (const sentence of noise) {
        const verdict = analyzeLetter(`${letterText(letter)}\n${sentence}`).verdict;
        if (verdict !== (KNOWN_MISSES[letter.id]?.text ?? letter.label)) wrong.push(`${letter.id} + ${sentence}: ${verdict}`);
        if (letter.id in KNOWN_MISSES) continue;
        // And on its page, where the clause is one more paragraph of the letter.
        const found = findAuthorizationLetter(new DOMParser().parseFromString(letterPage({ ...letter, paragraphs: [...letter.paragraphs, sentence] }), 'text/html'));
        const page = found ? analyzeLetter(found.text).verdict : 'none';
        if (page !== letter.label) wrong.push(`${letter.id} page + ${sentence}: ${page}`);
      }
    }
    expect(wrong).toEqual([]);
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
