/**
 * The one loader of every data file (Node only: the build, `npm run lint`, tests): the rule
 * files (load-rule-files.ts) and the recognition data (page signals, letter clauses and finder, the lending
 * gate's words, registrable domains), each validated with its schema. A bad file fails the build
 * and the lint with `file: field: what is wrong`; what passed is what the build ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  letterClausesSchema,
  letterFinderSchema,
  pageSignalsSchema,
  registrableDomainsSchema,
  type LetterClauses,
  type LetterFinder,
  type PageSignals,
} from './classifier-schema';
import { loadRuleFiles, RuleFileError, type RuleFiles } from './load-rule-files';

export const lendingGateWordsSchema = z.strictObject({
  formatVersion: z.literal(1),
  words: z.array(z.string().trim().min(1)).min(1),
});

export interface DataFiles extends RuleFiles {
  pageSignals: PageSignals;
  letterClauses: LetterClauses;
  letterFinder: LetterFinder;
  lendingGateWords: string[];
  registrableDomains: Record<string, string>;
}

function parseData<T>(dir: string, name: string, schema: z.ZodType<T>, problems: string[]): T | null {
  const label = `rules/${name}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (error) {
    problems.push(`${label}: (file): not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${label}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return null;
}

/** Loads and validates every data file below `rulesDir`; throws a RuleFileError listing every problem. */
export function loadDataFiles(rulesDir: string | URL): DataFiles {
  const dir = typeof rulesDir === 'string' ? rulesDir : fileURLToPath(rulesDir);
  const problems: string[] = [];
  let rules: RuleFiles | null = null;
  try {
    rules = loadRuleFiles(dir);
  } catch (error) {
    if (error instanceof RuleFileError) problems.push(...error.problems);
    else throw error;
  }
  const pageSignals = parseData(dir, 'page-signals.json', pageSignalsSchema, problems);
  const letterClauses = parseData(dir, 'letter-clauses.json', letterClausesSchema, problems);
  const letterFinder = parseData(dir, 'letter-finder.json', letterFinderSchema, problems);
  const gate = parseData(dir, 'lending-gate.json', lendingGateWordsSchema, problems);
  const registrableDomains = parseData(dir, 'registrable-domains.json', registrableDomainsSchema, problems);
  if (problems.length > 0 || !rules || !pageSignals || !letterClauses || !letterFinder || !gate || !registrableDomains) throw new RuleFileError(problems);
  return { ...rules, pageSignals, letterClauses, letterFinder, lendingGateWords: gate.words, registrableDomains };
}
