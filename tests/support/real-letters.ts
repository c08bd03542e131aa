/**
 * Loader of the corpus modelled on real authorization letters (tests/fixtures/letters/real-modelled):
 * each item a letter written in our own words after a real one, with its source and label. Also the
 * held-back split, which is a pure function of the items' families (so near-copies of one real
 * letter never sit on both sides) and is recorded in split.json before any tuning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const REAL_LETTERS_DIR = join(process.cwd(), 'tests/fixtures/letters/real-modelled');

const source = z.union([
  z.strictObject({ repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: z.string().min(1), commit: z.string().regex(/^[0-9a-f]{40}$/).optional() }),
  /** A file of the public-code index searched with find_string (its id is what the tools return). */
  z.strictObject({ index: z.literal('code'), fileId: z.string().regex(/^\d+$/), foundBy: z.string().min(1) }),
  z.strictObject({ url: z.url() }),
]);

export const realLetterSchema = z.strictObject({
  id: z.string().regex(/^R\d{2,3}$/),
  family: z.string().min(1),
  source,
  sourceKind: z.string().regex(/^[a-z0-9-]+$/),
  lender: z.string().min(1),
  title: z.string().min(2).nullable(),
  /** How the real letter is laid out; the e2e pages are built to match. */
  layout: z.string().regex(/^[a-z0-9-]+$/),
  label: z.enum(['one-time', 'continuous', 'unclear']),
  decidedBy: z.string().min(4),
  paragraphs: z.array(z.string().min(1)).min(1),
});

export type RealLetter = z.infer<typeof realLetterSchema>;

export function loadRealLetters(): RealLetter[] {
  return readdirSync(REAL_LETTERS_DIR)
    .filter((file) => /^R\d{2,3}\.json$/.test(file))
    .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)))
    .map((file) => {
      const parsed = realLetterSchema.safeParse(JSON.parse(readFileSync(join(REAL_LETTERS_DIR, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      if (`${parsed.data.id}.json` !== file) throw new Error(`${file}: id ${parsed.data.id} does not match the file name`);
      return parsed.data;
    });
}

/** The letter as a reader sees it: title (when it has one) and paragraphs, one a line. */
export function letterText(letter: RealLetter): string {
  return [...(letter.title ? [letter.title] : []), ...letter.paragraphs].join('\n');
}

/** FNV-1a (32 bits) over UTF-16 code units: stable across runs and platforms. */
export function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const HELD_BACK_MIN_ITEMS = 24;

/**
 * Families sorted by the hash of their name; the first ones, until at least HELD_BACK_MIN_ITEMS
 * letters are covered, are held back (measured only); the rest are for tuning.
 */
export function computeSplit(letters: readonly RealLetter[]): { heldBack: string[]; tuning: string[] } {
  const families = [...new Set(letters.map((letter) => letter.family))].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  const held = new Set<string>();
  let count = 0;
  for (const family of families) {
    if (count >= HELD_BACK_MIN_ITEMS) break;
    held.add(family);
    count += letters.filter((letter) => letter.family === family).length;
  }
  const ids = (predicate: (letter: RealLetter) => boolean) => letters.filter(predicate).map((letter) => letter.id).sort();
  return { heldBack: ids((letter) => held.has(letter.family)), tuning: ids((letter) => !held.has(letter.family)) };
}

export interface RecordedSplit {
  rule: string;
  heldBack: string[];
  tuning: string[];
  /** Added after the held-back split had been looked at; measured once, not part of the split. */
  fresh: string[];
  /**
   * The second fresh set (R56–R80): measured once on the untouched engine (the clean figure is in the
   * README), then used for tuning; asserted like the tuning split from then on.
   */
  fresh2: string[];
  /**
   * The third fresh set (R81–R96): written apart from the engine's work and measured once (the
   * figure is in the README); after its letters were reworded in our own words (session 17) the
   * engine was taught from their misses, so it is a tuning set since, asserted like `fresh2`.
   */
  fresh3: string[];
  /**
   * The fourth fresh set (R100–R113, R130–R136): written apart from the engine and measured once
   * (session 17, the figure is in the README); session 19 taught the engine from its misses, so it is
   * a tuning set since, below the 95% bar: asserted no worse than TUNED_FLOORS.
   */
  fresh4: string[];
  /**
   * The fifth fresh set (R140–R158): written apart from the engine and measured once (session 19, the
   * clean figure is in the README); a class was taught after its misses had been seen, so it is a tuning
   * set since, below the 95% bar, asserted with `fresh4` by TUNED_FLOORS.
   */
  fresh5: string[];
  /**
   * A held-back set written apart from the engine's work: measured and reported, never asserted and
   * never tuned on. It may not exist yet (then it is empty).
   */
  fresh6?: string[];
}

export function recordedSplit(): RecordedSplit {
  return JSON.parse(readFileSync(join(REAL_LETTERS_DIR, 'split.json'), 'utf8')) as RecordedSplit;
}

/** The name of the held-back set that is only measured, as the tests print it. */
export const MEASURED_ONLY = 'fresh6';

/** The ids of the held-back set that is only measured (`fresh6`), empty while it does not exist. */
export function measuredOnly(split: RecordedSplit): string[] {
  return split.fresh6 ?? [];
}

/** The sets tuned on after their one measurement that are not yet up to the 95% bar (`fresh4`, `fresh5`). */
export function tunedBelowBar(split: RecordedSplit): string[] {
  return [...split.fresh4, ...split.fresh5];
}

/**
 * What `fresh4` and `fresh5` read right together (29 letters: fresh4 19/14/14/14 of 21 since session 19
 * taught the engine from its misses, fresh5 7/6/6/6 of 8 since its contract-term class; text, page in
 * happy-dom, page in the e2e build, popup check), and never the opposite kind: the tests fail below
 * these, so a change that loses a letter is noticed. Raised as the engine learns.
 */
export const TUNED_FLOORS = { set: 'fresh4 + fresh5', letters: 29, text: 26, page: 20, e2ePage: 20, popup: 20 } as const;

/** The sets tuned on after their one measurement, asserted like the tuning split: `fresh2` and `fresh3`. */
export function tunedAfterMeasuring(split: RecordedSplit): string[] {
  return [...split.fresh2, ...split.fresh3];
}

/** Letters outside the family split (added after it had been looked at): `fresh` and `fresh2` to `fresh6`. */
export function addedAfterSplit(split: RecordedSplit): string[] {
  return [...split.fresh, ...tunedAfterMeasuring(split), ...tunedBelowBar(split), ...measuredOnly(split)];
}

/**
 * Tuning letters the engine is known to miss because DOMAIN.md does not support what getting them
 * right would take: what the page and the popup show instead, and why. Asserted as they are, so a
 * change is noticed and this list is looked at again.
 */
export const KNOWN_MISSES: Readonly<
  Record<string, { text?: 'unclear'; page: 'unclear' | null; popup: 'not-a-letter' | 'unclear'; why: string }>
> = {
  R76: {
    page: null,
    popup: 'not-a-letter',
    why: 'it queries 芝麻信用 data only; DOMAIN.md names the PBOC credit centre and 百行征信 as bureaus and nothing makes 芝麻信用 data a credit report, so it is not among the credit words',
  },
  R89: {
    text: 'unclear',
    page: 'unclear',
    popup: 'unclear',
    why: 'it is continuous because each drawdown under the credit line is judged on the borrower\'s current credit (当期信用), which the contract says in a clause about drawdowns, not in its query clause; reading that link takes more than a wording class, and unclear is the safe side (never one-time)',
  },
};
