/**
 * Build-time (Node) Vite plugin: `virtual:platform-search-index` exports the search terms of
 * every rule, with pinyin computed here so the popup needs no pinyin dictionary.
 */
import { pinyin } from 'pinyin-pro';
import type { Plugin } from 'vite';
import { loadRuleFiles } from './load-rule-files';
import { normalizeQuery, type SearchEntry } from './platform-search';
import type { PlatformRule } from './schema';

const VIRTUAL_ID = 'virtual:platform-search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

function pinyinForms(name: string): string[] {
  if (!/[\u4e00-\u9fff]/.test(name)) return [];
  const syllables = pinyin(name, { toneType: 'none', type: 'array' }).map((syllable) => syllable.toLowerCase());
  const full = syllables.join('');
  const initials = syllables.map((syllable) => (/^[a-z]/.test(syllable) ? syllable[0] : syllable)).join('');
  return [full, initials];
}

export function searchTermsOf(rule: PlatformRule): string[] {
  const names = [rule.brand, ...rule.aliases, ...rule.formerNames, ...rule.legalEntities.map((entity) => entity.name), rule.id];
  const terms = new Set<string>();
  for (const name of names) {
    for (const form of [name, ...pinyinForms(name)]) {
      const term = normalizeQuery(form);
      if (term) terms.add(term);
    }
  }
  return [...terms];
}

export function buildSearchIndex(rules: readonly PlatformRule[]): SearchEntry[] {
  return rules.map((rule) => ({ id: rule.id, terms: searchTermsOf(rule) }));
}

export function platformSearchIndexPlugin(rulesDir: URL): Plugin {
  return {
    name: 'credit-auth:platform-search-index',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { platforms } = loadRuleFiles(rulesDir);
      return `export default ${JSON.stringify(buildSearchIndex(platforms))};`;
    },
  };
}
