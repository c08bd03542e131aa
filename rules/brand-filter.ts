/**
 * A compact probabilistic prefilter for brand mentions, so the all-sites first stage can spot a
 * known brand in a page's opening text without shipping the brand names: a Bloom filter of the
 * normalized names, of a fixed size whatever the number of rules. A hit only means "maybe": the
 * classifier (in the background, with the real names) confirms. Built at build time
 * (search-index-plugin.ts); `mayMentionBrand` runs on the page. Pure.
 */

export interface BrandFilter {
  /**
   * The filter's bits, hex, four to a digit (bit i is bit i % 4 of digit i / 4). The page reads
   * the digits where they lie: no atob and no decoding pass, which were a quarter of the gate's
   * cost on a cold page.
   */
  bits: string;
  bitCount: number;
  hashes: number;
  /** The name lengths present (longer names are filed under their first MAX_NAME_CHARS). */
  lengths: number[];
  /**
   * The names' first two characters, as bits of a hash of the pair (base64): a scan skips at once
   * every position no name can start at, which is nearly all of a page's text. (A table of first
   * characters alone let about one CJK position in sixteen through, each then hashed up to
   * MAX_NAME_CHARS deep, which made the gate's first, cold run cost milliseconds.) Hex, as `bits`.
   */
  pairs: string;
}

/**
 * 16,384 bits: fixed, whatever the number of names. About one bit in eighty is set, so about one
 * position of a page's text in eighty goes on to the Bloom filter; a table this sparse is mostly
 * zeros and gzips to a few hundred bytes.
 */
export const PAIR_BITS = 16_384;

/** Where the pair of characters starting a name (or a position of the text) is filed. */
function pairBit(first: number, second: number): number {
  return (Math.imul(first, 31) + second) & (PAIR_BITS - 1);
}

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

/** Double hashing: positions a + i·b (b forced odd so the positions differ). */
function positions(bitCount: number, hashes: number, a: number, b: number, visit: (bit: number) => boolean): boolean {
  const stride = (b | 1) >>> 0;
  for (let i = 0; i < hashes; i++) {
    if (!visit(((a + Math.imul(i, stride)) >>> 0) % bitCount)) return false;
  }
  return true;
}

function toHex(bits: Uint8Array, bitCount: number): string {
  let hex = '';
  for (let digit = 0; digit < bitCount / 4; digit++) {
    const byte = bits[digit >> 1]!;
    hex += ((digit & 1 ? byte >> 4 : byte) & 15).toString(16);
  }
  return hex;
}

export function buildBrandFilter(names: Iterable<string>, bitCount = DEFAULT_BIT_COUNT): BrandFilter {
  if (bitCount % 8 !== 0) throw new Error('a brand filter has a whole number of bytes');
  const bits = new Uint8Array(bitCount / 8);
  const keys = new Set<string>();
  for (const name of names) {
    const key = normalizeBrandText(name).slice(0, MAX_NAME_CHARS);
    if (key.length >= 2) keys.add(key);
  }
  // Optimal count of hashes for the load, at least 1 and at most 24 (early exit makes misses cheap).
  const hashes = Math.max(1, Math.min(24, Math.round((bitCount / Math.max(1, keys.size)) * Math.LN2)));
  const lengths = new Set<number>();
  const pairs = new Uint8Array(PAIR_BITS / 8);
  for (const key of keys) {
    const pair = pairBit(key.charCodeAt(0), key.charCodeAt(1));
    pairs[pair >> 3]! |= 1 << (pair & 7);
    let a = SEED_A;
    let b = SEED_B;
    for (let i = 0; i < key.length; i++) {
      a = step(a, key.charCodeAt(i));
      b = stepB(b, key.charCodeAt(i));
    }
    positions(bitCount, hashes, a, b, (bit) => {
      bits[bit >> 3]! |= 1 << (bit & 7);
      return true;
    });
    lengths.add(key.length);
  }
  return { bits: toHex(bits, bitCount), bitCount, hashes, lengths: [...lengths].sort((x, y) => x - y), pairs: toHex(pairs, PAIR_BITS) };
}

export interface BrandMatcher {
  /** True when some substring of `text` (normalized) may be a brand name. */
  test(text: string): boolean;
  /** The same for text already through normalizeBrandText (the gate normalizes its text once). */
  testNormalized(text: string): boolean;
}

export function brandMatcher(filter: BrandFilter): BrandMatcher {
  const { bits, pairs, bitCount, hashes } = filter;
  const wanted = new Uint8Array(MAX_NAME_CHARS + 1);
  for (const length of filter.lengths) if (length <= MAX_NAME_CHARS) wanted[length] = 1;
  const longest = Math.min(MAX_NAME_CHARS, filter.lengths.at(-1) ?? 0);
  // The loop runs once per page, cold (interpreted): reading a hex digit ('0'–'9' are 48–57,
  // 'a'–'f' 97–102), pairBit and the probe are written out in it rather than called.
  const testNormalized = (text: string): boolean => {
    const length = text.length;
    let next = text.charCodeAt(0);
    for (let start = 0; start + 1 < length; start++) {
      const first = next;
      next = text.charCodeAt(start + 1);
      const pair = (Math.imul(first, 31) + next) & (PAIR_BITS - 1);
      const pairCode = pairs.charCodeAt(pair >> 2);
      if ((((pairCode <= 57 ? pairCode - 48 : pairCode - 87) >> (pair & 3)) & 1) === 0) continue;
      let a = SEED_A;
      let b = SEED_B;
      const end = Math.min(length, start + longest);
      for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        a = step(a, code);
        b = stepB(b, code);
        if (wanted[i - start + 1] !== 1) continue;
        const stride = (b | 1) >>> 0;
        let all = true;
        for (let k = 0; k < hashes && all; k++) {
          const bit = ((a + Math.imul(k, stride)) >>> 0) % bitCount;
          const bitCode = bits.charCodeAt(bit >> 2);
          all = (((bitCode <= 57 ? bitCode - 48 : bitCode - 87) >> (bit & 3)) & 1) === 1;
        }
        if (all) return true;
      }
    }
    return false;
  };
  return { testNormalized, test: (raw) => testNormalized(normalizeBrandText(raw)) };
}
