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

export interface LendingGateData {
  /** Words a lending page, a look-alike's loan form or a lure can hardly avoid. */
  words: readonly string[];
  brands: BrandFilter;
}

export interface LendingGate {
  test(doc: Document): boolean;
}

/** The text the gate reads: title, first top heading and the opening of the body, normalized. */
export function gateText(doc: Document): string {
  const title = doc.head?.getElementsByTagName('title')[0]?.textContent ?? '';
  const heading = doc.body?.querySelector('h1, h2')?.textContent ?? '';
  const opening = doc.body ? boundedText(doc.body, OPENING_CHARS, OPENING_NODES) : '';
  return `${title}\n${heading}\n${opening}`.normalize('NFKC').toLowerCase();
}

export function buildLendingGate({ words, brands }: LendingGateData): LendingGate {
  const list = words.map((word) => word.toLowerCase());
  const brandsMatch = brandMatcher(brands);
  return {
    test(doc) {
      const text = gateText(doc);
      return list.some((word) => text.includes(word)) || brandsMatch.testNormalized(text);
    },
  };
}
