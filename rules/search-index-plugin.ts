/**
 * Build-time (Node) Vite plugin for derived rule data, so no context ships more than it uses:
 * `virtual:platform-search-index` (search terms with pinyin, for the popup: no pinyin dictionary
 * ships) and `virtual:classifier-rules` (only the fields page classification reads, for the
 * all-sites content script, whose size is budgeted).
 */
import { pinyin } from 'pinyin-pro';
import type { Plugin } from 'vite';
import { loadRuleFiles } from './load-rule-files';
import { normalizeQuery, type SearchEntry } from './platform-search';
import type { PlatformRule } from './schema';

const VIRTUAL_ID = 'virtual:platform-search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const CLASSIFIER_ID = 'virtual:classifier-rules';
const RESOLVED_CLASSIFIER_ID = `\0${CLASSIFIER_ID}`;

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
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : id === CLASSIFIER_ID ? RESOLVED_CLASSIFIER_ID : undefined),
    load(id) {
      if (id === RESOLVED_ID) {
        const { platforms } = loadRuleFiles(rulesDir);
        return `export default ${JSON.stringify(buildSearchIndex(platforms))};`;
      }
      if (id === RESOLVED_CLASSIFIER_ID) {
        const { platforms } = loadRuleFiles(rulesDir);
        const slim = platforms.map(({ id: ruleId, brand, aliases, formerNames, hosts }) => ({ id: ruleId, brand, aliases, formerNames, hosts }));
        return `export default ${JSON.stringify(slim)};`;
      }
      return undefined;
    },
  };
}
