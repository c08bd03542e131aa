/** The engine as one script for the benchmark page (built by scripts/bench.mjs, never shipped). */
import type { PlatformRule } from '../../rules/schema';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { extractPageSample } from '../../rules/page-sample';

// The rule files as they are (the bench builds this without the rules' Vite plugin).
const platformRules = Object.values(import.meta.glob<PlatformRule>('../../rules/platforms/*.json', { eager: true, import: 'default' }));

(globalThis as Record<string, unknown>).creditAuthEngine = {
  platformRules,
  buildClassifierIndex,
  classifyPage,
  analyzeLetter,
  findAuthorizationLetter,
  buildHostIndex,
  matchHost,
  extractPageSample,
};
