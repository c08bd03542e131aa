/**
 * The sidebar content script's manifest match patterns, generated from the rules' hosts so the
 * rules are the one source of truth. `*.host` also matches the host itself.
 */
import type { PlatformRule } from './schema';

export function contentScriptMatches(rules: readonly Pick<PlatformRule, 'hosts'>[]): string[] {
  const patterns = new Set<string>();
  for (const rule of rules) for (const host of rule.hosts) patterns.add(`*://*.${host}/*`);
  return [...patterns].sort();
}
