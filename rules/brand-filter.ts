/**
 * A compact probabilistic prefilter for brand mentions, so the all-sites first stage can spot a
 * known brand in a page's opening text without shipping the brand names: a Bloom filter of the
 * normalized names, of a fixed size whatever the number of rules. A hit only means "maybe": the
 * classifier (in the background, with the real names) confirms. Built at build time
 * (search-index-plugin.ts); `mayMentionBrand` runs on the page. Pure.
 */

export interface BrandFilter {
  /** The filter's bits, base64. */
  bits: string;
  bitCount: number;
  hashes: number;
  /** The name lengths present (longer names are filed under their first MAX_NAME_CHARS). */
  lengths: number[];
  /**
   * The names' first characters, as bits of `code % FIRST_CHAR_BITS` (base64): a scan skips at
   * once every position no name can start at, which is most of a page's text.
   */
  firsts: string;
}

/** 1,024 bits (128 bytes): fixed, whatever the number of names. */
export const FIRST_CHAR_BITS = 1024;

/** A mention of a long name contains its start: filed under its first this-many characters. */
export const MAX_NAME_CHARS = 12;
/** 12,288 bits: about 1.5 KB gzipped, false positives under 1 in 10⁸ per probe at 300 names. */
export const DEFAULT_BIT_COUNT = 12_288;

const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193 ^ 0x5bd1e995;

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

function stepB(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x5bd1e995) >>> 0;
}

export function normalizeBrandText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function probe(bits: Uint8Array, bitCount: number, hashes: number, a: number, b: number, set: boolean): boolean {
  // Double hashing: positions a + i·b (b forced odd so the positions differ).
  const stride = (b | 1) >>> 0;
  for (let i = 0; i < hashes; i++) {
    const position = (a + Math.imul(i, stride)) >>> 0;
    const bit = position % bitCount;
    const mask = 1 << (bit & 7);
    if (set) bits[bit >> 3]! |= mask;
    else if ((bits[bit >> 3]! & mask) === 0) return false;
  }
  return true;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeBits(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function buildBrandFilter(names: Iterable<string>, bitCount = DEFAULT_BIT_COUNT): BrandFilter {
  const bits = new Uint8Array(Math.ceil(bitCount / 8));
  const keys = new Set<string>();
  for (const name of names) {
    const key = normalizeBrandText(name).slice(0, MAX_NAME_CHARS);
    if (key.length >= 2) keys.add(key);
  }
  // Optimal count of hashes for the load, at least 1 and at most 24 (early exit makes misses cheap).
  const hashes = Math.max(1, Math.min(24, Math.round((bitCount / Math.max(1, keys.size)) * Math.LN2)));
  const lengths = new Set<number>();
  const firsts = new Uint8Array(FIRST_CHAR_BITS / 8);
  for (const key of keys) {
    const first = key.charCodeAt(0) % FIRST_CHAR_BITS;
    firsts[first >> 3]! |= 1 << (first & 7);
    let a = SEED_A;
    let b = SEED_B;
    for (let i = 0; i < key.length; i++) {
      a = step(a, key.charCodeAt(i));
      b = stepB(b, key.charCodeAt(i));
    }
    probe(bits, bitCount, hashes, a, b, true);
    lengths.add(key.length);
  }
  return { bits: toBase64(bits), bitCount, hashes, lengths: [...lengths].sort((x, y) => x - y), firsts: toBase64(firsts) };
}

export interface BrandMatcher {
  /** True when some substring of `text` (normalized) may be a brand name. */
  test(text: string): boolean;
}

export function brandMatcher(filter: BrandFilter): BrandMatcher {
  const bits = decodeBits(filter.bits);
  const firsts = decodeBits(filter.firsts);
  const wanted = new Uint8Array(MAX_NAME_CHARS + 1);
  for (const length of filter.lengths) if (length <= MAX_NAME_CHARS) wanted[length] = 1;
  const longest = Math.min(MAX_NAME_CHARS, filter.lengths.at(-1) ?? 0);
  return {
    test(raw) {
      const text = normalizeBrandText(raw);
      for (let start = 0; start < text.length; start++) {
        const first = text.charCodeAt(start) % FIRST_CHAR_BITS;
        if ((firsts[first >> 3]! & (1 << (first & 7))) === 0) continue;
        let a = SEED_A;
        let b = SEED_B;
        const end = Math.min(text.length, start + longest);
        for (let i = start; i < end; i++) {
          const code = text.charCodeAt(i);
          a = step(a, code);
          b = stepB(b, code);
          if (wanted[i - start + 1] === 1 && probe(bits, filter.bitCount, filter.hashes, a, b, false)) return true;
        }
      }
      return false;
    },
  };
}
