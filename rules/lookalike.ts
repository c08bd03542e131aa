/**
 * Whether a host imitates a brand's official hosts: the brand's domain used as a label run
 * inside another domain (fenqile.com.evil.cn), typosquats of the brand's domain label (one
 * character swapped, added or dropped; digits for letters; extra words or hyphens), and
 * homoglyph IDNs (punycode decoded, confusables mapped to ASCII). Pure string work; the
 * registrable domains of the brands' hosts come precomputed from the Public Suffix List, so
 * no suffix list ships in the content script.
 */

export interface BrandHosts {
  /** Official hosts, e.g. ["jr.jd.com"]. */
  hosts: readonly string[];
  /** Their registrable domains, e.g. ["jd.com"]: a host under one is the owner's, never a look-alike. */
  domains: readonly string[];
  /** Skeletons of the distinctive labels, e.g. "fenqlle", "jrjd" (short ones dropped). */
  tokens: readonly string[];
}

export type Homoglyphs = Readonly<Record<string, string>>;

/** Maps confusables (single characters and digraphs like "rn") to ASCII, and drops hyphens. */
export function skeleton(label: string, homoglyphs: Homoglyphs): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const pair = label.slice(i, i + 2);
    if (pair.length === 2 && homoglyphs[pair] !== undefined) {
      out += homoglyphs[pair];
      i++;
      continue;
    }
    const ch = label[i]!;
    if (ch === '-') continue;
    out += homoglyphs[ch] ?? ch;
  }
  return out;
}

/** Brand tokens of one official host: its domain label, and for a subdomain host the labels joined. */
export function brandTokens(host: string, domain: string, homoglyphs: Homoglyphs, minLength: number): string[] {
  const out = new Set<string>();
  const domainLabel = domain.split('.')[0] ?? '';
  const prefix = host.endsWith(`.${domain}`) ? host.slice(0, -domain.length - 1) : '';
  for (const raw of [domainLabel, prefix ? `${prefix.replace(/\./g, '')}${domainLabel}` : '']) {
    const token = skeleton(raw, homoglyphs);
    if (token.length >= minLength) out.add(token);
  }
  return [...out];
}

// RFC 3492 constants.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code < 58) return code - 22; // 0-9 → 26-35
  if (code >= 97 && code < 123) return code - 97; // a-z → 0-25
  return BASE;
}

/** Decodes one `xn--` label to Unicode (RFC 3492); returns the label unchanged when it is not valid punycode. */
export function decodePunycodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  const input = label.slice(4);
  const dash = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(dash, 0); j++) output.push(input.charCodeAt(j));
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let pos = dash > 0 ? dash + 1 : 0; pos < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return label;
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) return label;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) return label;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return label;
    output.splice(i, 0, n);
    i++;
  }
  try {
    return String.fromCodePoint(...output);
  } catch {
    return label;
  }
}

/** Optimal string alignment distance (adjacent swaps count as one edit), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let r = 0; r < rows; r++) d[r * cols] = r;
  for (let c = 0; c < cols; c++) d[c] = c;
  for (let r = 1; r < rows; r++) {
    let rowMin = Infinity;
    for (let c = 1; c < cols; c++) {
      const cost = a[r - 1] === b[c - 1] ? 0 : 1;
      let v = Math.min(d[(r - 1) * cols + c]! + 1, d[r * cols + c - 1]! + 1, d[(r - 1) * cols + c - 1]! + cost);
      if (r > 1 && c > 1 && a[r - 1] === b[c - 2] && a[r - 2] === b[c - 1]) v = Math.min(v, d[(r - 2) * cols + c - 2]! + 1);
      d[r * cols + c] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1]!;
}

/**
 * How `host` (normalized, punycode) imitates the brand, or null. A host on one of the brand's
 * registrable domains is the brand's own and never a look-alike.
 */
export function hostImitation(host: string, brand: BrandHosts, homoglyphs: Homoglyphs): string | null {
  if (!host) return null;
  for (const domain of brand.domains) if (host === domain || host.endsWith(`.${domain}`)) return null;
  const dotted = `.${host}.`;
  for (const official of [...brand.hosts, ...brand.domains]) {
    if (dotted.includes(`.${official}.`)) return `subdomain:${official}`;
  }
  const labels = host.split('.');
  // The last label is the TLD; the remaining labels are checked one by one and joined.
  const names = labels.slice(0, -1);
  const candidates = new Set<string>();
  for (const label of names) candidates.add(label);
  if (names.length > 1) candidates.add(names.join(''));
  for (const raw of candidates) {
    const decoded = raw
      .split('.')
      .map((part) => decodePunycodeLabel(part))
      .join('')
      .normalize('NFKC')
      .toLowerCase();
    const shape = skeleton(decoded, homoglyphs);
    const kind = decoded !== raw ? 'homoglyph' : 'typo';
    for (const token of brand.tokens) {
      if (shape === token) return raw === token ? `same-name:${raw}` : `${kind}:${raw}`;
      if (shape.includes(token)) return `contains:${raw}`;
      const allowed = token.length >= 9 ? 2 : token.length >= 5 ? 1 : 0;
      if (allowed > 0 && editDistance(shape, token, allowed) <= allowed) return `${kind}:${raw}`;
    }
  }
  return null;
}
