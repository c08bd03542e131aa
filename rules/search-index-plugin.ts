/**
 * Build-time (Node) Vite plugin for derived rule data, so no context ships more than it uses:
 * `virtual:platform-search-index` (search terms with pinyin, for the popup: no pinyin dictionary
 * ships) and `virtual:lending-gate` (the first stage's words and a fixed-size prefilter of the
 * brand names, for the all-sites first stage: no brand name ships to the page) and
 * `virtual:rule-files` (the platform rules and the generic guidance as the loader parsed them) and
 * `virtual:platform-institutions` (per platform, the normalized legal names a credit report may
 * print for it: the popup's verification, without the whole institution directory).
 */
import { pinyin } from 'pinyin-pro';
import type { Plugin } from 'vite';
import { buildBrandFilter } from './brand-filter';
import { buildInstitutionIndex, institutionNamesByPlatform } from './institution-directory';
import { loadDataFiles } from './load-data-files';
import { loadRuleFiles } from './load-rule-files';
import { normalizeQuery, type SearchEntry } from './platform-search';
import type { PlatformRule } from './schema';

const VIRTUAL_ID = 'virtual:platform-search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const RULE_FILES_ID = 'virtual:rule-files';
const RESOLVED_RULE_FILES_ID = `\0${RULE_FILES_ID}`;
const GATE_ID = 'virtual:lending-gate';
const RESOLVED_GATE_ID = `\0${GATE_ID}`;
const INSTITUTIONS_ID = 'virtual:platform-institutions';
const RESOLVED_INSTITUTIONS_ID = `\0${INSTITUTIONS_ID}`;

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

/** The all-sites first stage's data: its words, and the brand names only as a prefilter. */
export function lendingGateData(platforms: readonly Pick<PlatformRule, 'brand' | 'aliases' | 'formerNames'>[], words: readonly string[]) {
  const names = platforms.flatMap((rule) => [rule.brand, ...rule.aliases, ...rule.formerNames]);
  return { words, brands: buildBrandFilter(names) };
}

export function platformSearchIndexPlugin(rulesDir: URL): Plugin {
  return {
    name: 'credit-auth:platform-search-index',
    resolveId: (id) =>
      id === VIRTUAL_ID
        ? RESOLVED_ID
        : id === GATE_ID
          ? RESOLVED_GATE_ID
          : id === RULE_FILES_ID
            ? RESOLVED_RULE_FILES_ID
            : id === INSTITUTIONS_ID
              ? RESOLVED_INSTITUTIONS_ID
              : undefined,
    load(id) {
      if (id === RESOLVED_ID) {
        const { platforms } = loadRuleFiles(rulesDir);
        return `export default ${JSON.stringify(buildSearchIndex(platforms))};`;
      }
      if (id === RESOLVED_RULE_FILES_ID) {
        // What the loader parsed is what ships (not the files as they lie on disk).
        const { platforms, generic } = loadDataFiles(rulesDir);
        return `export default ${JSON.stringify({ platforms, generic })};`;
      }
      if (id === RESOLVED_INSTITUTIONS_ID) {
        const { platforms, institutions } = loadDataFiles(rulesDir);
        return `export default ${JSON.stringify(institutionNamesByPlatform(buildInstitutionIndex(institutions, platforms)))};`;
      }
      if (id === RESOLVED_GATE_ID) {
        const { platforms, lendingGateWords } = loadDataFiles(rulesDir);
        return `export default ${JSON.stringify(lendingGateData(platforms, lendingGateWords))};`;
      }
      return undefined;
    },
  };
}
