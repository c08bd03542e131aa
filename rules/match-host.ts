/**
 * Host recognition: which platform rule, if any, owns a host name. Matching is exact on label
 * boundaries (`m.fenqile.com` is fenqile's, `fenqile.com.evil.cn` is not), after lower-casing,
 * dropping a port and a trailing dot, and converting IDNs to punycode. The index is a Map built
 * once; a lookup costs one Map probe per label of the host, whatever the number of rules.
 */
import type { PlatformRule } from './schema';

export type HostIndex<T> = ReadonlyMap<string, T>;

/** Already-normal hosts (what `location.hostname` gives) skip the URL parser. */
const PLAIN_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;
/** Characters that would make the URL parser read a different host than the one given. */
const NOT_A_HOST = /[\s/\\@?#%]/;

/**
 * Returns the canonical form of a host name (optionally with a port), or null when the input
 * is not a host name at all. Never throws.
 */
export function normalizeHost(input: string): string | null {
  if (typeof input !== 'string') return null;
  let host = input.trim();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0 || host.length > 253) return null;
  if (PLAIN_HOST.test(host)) return host;
  if (NOT_A_HOST.test(host)) return null;
  let parsed: string;
  try {
    // The WHATWG URL parser lower-cases, maps full-width dots and applies IDNA (punycode).
    parsed = new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
  if (parsed.endsWith('.')) parsed = parsed.slice(0, -1);
  return parsed.length > 0 && PLAIN_HOST.test(parsed) ? parsed : null;
}

/** Builds the lookup index from rules' hosts (normalized; the first rule to claim a host keeps it). */
export function buildHostIndex<T extends Pick<PlatformRule, 'hosts'>>(rules: readonly T[]): HostIndex<T> {
  const index = new Map<string, T>();
  for (const rule of rules) {
    for (const host of rule.hosts) {
      const key = normalizeHost(host);
      if (key && !index.has(key)) index.set(key, rule);
    }
  }
  return index;
}

/**
 * The rule owning `host` or one of its parent domains, the most specific first; null if none.
 * `jr.jd.com` in the index matches `jr.jd.com` and `m.jr.jd.com`, never `item.jd.com`.
 */
export function matchHost<T>(index: HostIndex<T>, host: string): T | null {
  const normal = normalizeHost(host);
  if (normal === null) return null;
  let candidate = normal;
  for (;;) {
    const hit = index.get(candidate);
    if (hit !== undefined) return hit;
    const dot = candidate.indexOf('.');
    if (dot < 0) return null;
    candidate = candidate.slice(dot + 1);
  }
}
