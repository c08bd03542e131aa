/**
 * A cheap first look before classification: does the page's title, top headings or opening text
 * mention anything lending-like or a known brand at all? Most pages on the web do not, and for
 * them all-sites recognition stops here at a cost of well under a millisecond. Pages that pass
 * are classified in full (classify-page.ts); late content and navigation ask again.
 */
import { boundedText } from './page-sample';
import type { ClassifierRule } from './classify-page';

/** Words a lending page, a look-alike's loan form or a lure can hardly avoid. */
const LENDING_WORDS = ['借', '贷', '征信', '额度', '利率', '利息', '分期', '授权书', '下款', '放款', '还款', '口子', 'loan', 'credit'];
const OPENING_CHARS = 3_000;
const OPENING_NODES = 600;

export interface LendingGate {
  test(doc: Document): boolean;
}

export function buildLendingGate(rules: readonly Pick<ClassifierRule, 'brand' | 'aliases' | 'formerNames'>[]): LendingGate {
  const words = new Set(LENDING_WORDS);
  for (const rule of rules) for (const name of [rule.brand, ...rule.aliases, ...rule.formerNames]) if (name.length >= 2) words.add(name.toLowerCase());
  const list = [...words];
  return {
    test(doc) {
      try {
        const title = doc.head?.getElementsByTagName('title')[0]?.textContent ?? '';
        const heading = doc.body?.querySelector('h1, h2')?.textContent ?? '';
        const opening = doc.body ? boundedText(doc.body, OPENING_CHARS, OPENING_NODES) : '';
        const text = `${title}\n${heading}\n${opening}`.normalize('NFKC').toLowerCase();
        return list.some((word) => text.includes(word));
      } catch {
        return true; // when in doubt, let the full classifier decide
      }
    },
  };
}
