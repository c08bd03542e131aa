/**
 * The labelled corpus (tests/fixtures/corpus): invented pages served at given hosts and
 * invented letter texts, each with its expected verdict. Prints precision and recall per
 * verdict, and fails on any false verdict for a page that is not a lending page, on a letter
 * classified as the opposite kind, or when fewer than 95% are right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformRules } from '../../rules/bundled-rules';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import { extractPageSample } from '../../rules/page-sample';

const CORPUS = join(process.cwd(), 'tests/fixtures/corpus');

interface PageEntry {
  file: string;
  url: string;
  kind: 'platform' | 'lending' | 'lookalike' | 'predatory' | null;
  platformId: string | null;
  letter: 'one-time' | 'continuous' | 'unclear' | null;
  note?: string;
}
interface LetterEntry {
  file: string;
  verdict: 'one-time' | 'continuous' | 'unclear';
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8')) as { pages: PageEntry[]; letters: LetterEntry[] };
const index = buildClassifierIndex(platformRules);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Precision and recall of each label, for console.table. */
function scoreTable(pairs: { expected: string; actual: string }[]): Record<string, { n: number; precision: string; recall: string }> {
  const labels = [...new Set(pairs.flatMap((pair) => [pair.expected, pair.actual]))].sort();
  const table: Record<string, { n: number; precision: string; recall: string }> = {};
  for (const label of labels) {
    const tp = pairs.filter((p) => p.expected === label && p.actual === label).length;
    const predicted = pairs.filter((p) => p.actual === label).length;
    const actual = pairs.filter((p) => p.expected === label).length;
    table[label] = {
      n: actual,
      precision: predicted ? (tp / predicted).toFixed(3) : '-',
      recall: actual ? (tp / actual).toFixed(3) : '-',
    };
  }
  return table;
}

describe('classification corpus', () => {
  const results = manifest.pages.map((entry) => {
    const doc = parse(readFileSync(join(CORPUS, 'pages', entry.file), 'utf8'));
    const host = new URL(entry.url).hostname;
    const result = classifyPage(extractPageSample(doc), host, index);
    const found = findAuthorizationLetter(doc);
    const letter = found ? analyzeLetter(found.text).verdict : null;
    return { entry, result, letter };
  });

  it('has at least 50 pages and letters covering every verdict', () => {
    expect(manifest.pages.length + manifest.letters.length).toBeGreaterThanOrEqual(50);
    for (const kind of ['platform', 'lending', 'lookalike', 'predatory', null]) {
      expect(manifest.pages.some((page) => page.kind === kind), String(kind)).toBe(true);
    }
    for (const verdict of ['one-time', 'continuous', 'unclear']) {
      expect(manifest.letters.some((letter) => letter.verdict === verdict), verdict).toBe(true);
    }
  });

  it('pages: no false verdict on a non-lending page, and at least 95% right', () => {
    const pairs = results.map(({ entry, result }) => {
      const expected = `${entry.kind ?? 'none'}${entry.platformId ? `:${entry.platformId}` : ''}`;
      const actual = `${result.kind ?? 'none'}${result.platformId ? `:${result.platformId}` : ''}`;
      return { entry, expected, actual, signals: result.signals };
    });
    console.table(scoreTable(pairs.map((p) => ({ expected: p.expected.split(':')[0]!, actual: p.actual.split(':')[0]! }))));
    const wrong = pairs.filter((p) => p.expected !== p.actual);
    if (wrong.length > 0) console.table(wrong.map((p) => ({ file: p.entry.file, expected: p.expected, actual: p.actual, signals: p.signals.join(' ') })));
    const falseOnNegatives = pairs.filter((p) => p.entry.kind === null && p.actual !== 'none');
    expect(falseOnNegatives.map((p) => `${p.entry.file}: ${p.actual}`)).toEqual([]);
    expect((pairs.length - wrong.length) / pairs.length).toBeGreaterThanOrEqual(0.95);
  });

  it('pages: the letter on the page is found and read; none is invented', () => {
    const pairs = results.map(({ entry, letter }) => ({ file: entry.file, expected: entry.letter ?? 'none', actual: letter ?? 'none' }));
    const wrong = pairs.filter((p) => p.expected !== p.actual);
    if (wrong.length > 0) console.table(wrong);
    expect(pairs.filter((p) => p.expected === 'none' && p.actual !== 'none')).toEqual([]);
    expect((pairs.length - wrong.length) / pairs.length).toBeGreaterThanOrEqual(0.95);
  });

  it('letters: no one-time read as continuous or the reverse, and at least 95% right', () => {
    const embedded = results
      .filter(({ entry }) => entry.letter !== null)
      .map(({ entry, letter }) => ({ file: entry.file, expected: entry.letter!, actual: letter ?? 'none', quotes: '' }));
    const standalone = manifest.letters.map((entry) => {
      const text = readFileSync(join(CORPUS, 'letters', entry.file), 'utf8');
      const analysis = analyzeLetter(text);
      const folded = text.normalize('NFKC').replace(/\s+/g, '');
      // Every deciding quote is taken from the letter.
      for (const clause of analysis.deciding) expect(folded, entry.file).toContain(clause.quote.replace(/\s+/g, ''));
      return { file: entry.file, expected: entry.verdict, actual: analysis.verdict, quotes: analysis.deciding.map((c) => c.quote).join(' / ') };
    });
    const pairs = [...standalone, ...embedded];
    console.table(scoreTable(pairs));
    const wrong = pairs.filter((p) => p.expected !== p.actual);
    if (wrong.length > 0) console.table(wrong);
    const opposite = pairs.filter(
      (p) => (p.expected === 'one-time' && p.actual === 'continuous') || (p.expected === 'continuous' && p.actual === 'one-time'),
    );
    expect(opposite).toEqual([]);
    expect((pairs.length - wrong.length) / pairs.length).toBeGreaterThanOrEqual(0.95);
  });
});
