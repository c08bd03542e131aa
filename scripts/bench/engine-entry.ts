/** The engine as one script for the benchmark page (built by scripts/bench.mjs, never shipped). */
import { platformRules } from '../../rules/bundled-rules';
import { buildClassifierIndex, classifyPage } from '../../rules/classify-page';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { extractPageSample } from '../../rules/page-sample';

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
