/**
 * Finding a platform by what a user types: brand, alias, former name, legal entity, full pinyin
 * or pinyin initials (`fql` → 分期乐). The search terms are computed at build time (see
 * search-index-plugin.ts) so the popup ships no pinyin dictionary.
 */

export interface SearchEntry {
  id: string;
  /** Lower-cased names, their full pinyin and their pinyin initials, without spaces. */
  terms: string[];
}

export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/[\s·・.\-_()（）]/g, '');
}

/**
 * Ids of the entries matching `query`, best first: a term that starts with the query ranks
 * above one that merely contains it; ties keep the entries' order. Empty query: all entries.
 */
export function searchPlatforms(entries: readonly SearchEntry[], query: string): string[] {
  const needle = normalizeQuery(query);
  if (needle.length === 0) return entries.map((entry) => entry.id);
  const scored: { id: string; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    let score = 0;
    for (const term of entry.terms) {
      if (term.startsWith(needle)) score = Math.max(score, 2);
      else if (term.includes(needle)) score = Math.max(score, 1);
    }
    if (score > 0) scored.push({ id: entry.id, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((entry) => entry.id);
}
