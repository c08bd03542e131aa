/**
 * A cheap first look before classification: does the page's title, top heading or opening text
 * mention anything lending-like, or maybe a known brand (a fixed-size prefilter: brand-filter.ts),
 * at all? Most pages on the web do not, and for them all-sites recognition stops here at a cost
 * of well under a millisecond. Pages that pass are classified in full by the background; late
 * content and navigation ask again. The words are data (lending-gate.json).
 */
import { boundedText } from './page-sample';
import { brandMatcher, type BrandFilter } from './brand-filter';

const OPENING_CHARS = 3_000;
const OPENING_NODES = 600;
/**
 * Brand names are looked for in the title, the top heading and this much of the opening: a page
 * that claims a brand says so at its top. The scan is the gate's dearest step on a cold page (a
 * hash per position), so it reads a third of what the words are looked for in.
 */
const BRAND_CHARS = 1_000;

export interface LendingGateData {
  /** Words a lending page, a look-alike's loan form or a lure can hardly avoid. */
  words: readonly string[];
  brands: BrandFilter;
}

export interface LendingGate {
  test(doc: Document): boolean;
}

/**
 * The text the gate reads, normalized: the title and first top heading (`top`, read whole) and
 * the opening of the body.
 */
export function gateText(doc: Document): { top: string; opening: string } {
  const title = doc.head?.getElementsByTagName('title')[0]?.textContent ?? '';
  const heading = doc.body?.querySelector('h1, h2')?.textContent ?? '';
  const opening = doc.body ? boundedText(doc.body, OPENING_CHARS, OPENING_NODES) : '';
  // Normalized apart: nothing composes across the line break between them.
  return { top: `${title}\n${heading}\n`.normalize('NFKC').toLowerCase(), opening: opening.normalize('NFKC').toLowerCase() };
}

export function buildLendingGate({ words, brands }: LendingGateData): LendingGate {
  const list = words.map((word) => word.toLowerCase());
  const brandsMatch = brandMatcher(brands);
  return {
    test(doc) {
      const { top, opening } = gateText(doc);
      const text = top + opening;
      return list.some((word) => text.includes(word)) || brandsMatch.testNormalized(top + opening.slice(0, BRAND_CHARS));
    },
  };
}
