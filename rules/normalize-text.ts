/**
 * One text normalization for all recognition patterns: NFKC (full-width letters, digits and
 * punctuation become ASCII), lower case, and no whitespace or zero-width characters, so that
 * "不 看 征 信" and "ＡＰＰ" match the same patterns as "不看征信" and "app".
 */

const INVISIBLE = /[\s\u200b-\u200f\u2060\ufeff\u00ad]+/g;

export function normalizeText(input: unknown): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  let text = input;
  try {
    text = text.normalize('NFKC');
  } catch {
    // Lone surrogates cannot make normalize throw in practice, but the engine must never throw.
  }
  return text.toLowerCase().replace(INVISIBLE, '');
}

/** Keeps strings only, and at most `max` of them; samples may come from untrusted messages. */
export function stringsOf(input: unknown, max = 500): string[] {
  if (!Array.isArray(input)) return [];
  const out: string[] = [];
  for (const item of input) {
    if (out.length >= max) break;
    if (typeof item === 'string' && item.length > 0) out.push(item);
  }
  return out;
}

/** A string field of an untrusted sample, capped. */
export function stringOf(input: unknown, max = 20_000): string {
  return typeof input === 'string' ? input.slice(0, max) : '';
}
