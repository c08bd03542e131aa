/**
 * Reads and validates every rule file on disk (Node only: the build, `npm run lint` and tests).
 * The extension itself never parses rules at run time; it bundles what passed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  genericGuidanceSchema,
  platformRuleSchema,
  type GenericGuidance,
  type PlatformRule,
} from './schema';

export interface RuleFiles {
  platforms: PlatformRule[];
  generic: GenericGuidance;
}

/** Every problem found in the rule files, one line each: `file: field: what is wrong`. */
export class RuleFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid rule files:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'RuleFileError';
  }
}

function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${file}: ${field}: ${issue.message}`;
  });
}

function parseFile<T>(path: string, label: string, schema: z.ZodType<T>, problems: string[]): T | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${label}: (file): not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    problems.push(...describeIssues(label, result.error));
    return null;
  }
  return result.data;
}

/** Loads `platforms/*.json` and `generic.json` below `rulesDir`; throws a RuleFileError on any problem. */
export function loadRuleFiles(rulesDir: string | URL): RuleFiles {
  const dir = typeof rulesDir === 'string' ? rulesDir : fileURLToPath(rulesDir);
  const problems: string[] = [];
  const platforms: PlatformRule[] = [];
  const hostOwners = new Map<string, string>();
  const files = readdirSync(join(dir, 'platforms'))
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const label = `rules/platforms/${name}`;
    const rule = parseFile(join(dir, 'platforms', name), label, platformRuleSchema, problems);
    if (!rule) continue;
    if (`${rule.id}.json` !== name) problems.push(`${label}: id: "${rule.id}" must equal the file name`);
    for (const host of Object.keys(rule.hostPurposes)) {
      if (!rule.hosts.includes(host)) problems.push(`${label}: hostPurposes.${host}: not one of the rule's hosts`);
    }
    for (const host of rule.hosts) {
      if (!(host in rule.hostPurposes)) problems.push(`${label}: hostPurposes: host "${host}" has no stated purpose`);
      const owner = hostOwners.get(host);
      if (owner) problems.push(`${label}: hosts: "${host}" is already claimed by rule "${owner}"`);
      else hostOwners.set(host, rule.id);
    }
    platforms.push(rule);
  }
  const generic = parseFile(join(dir, 'generic.json'), 'rules/generic.json', genericGuidanceSchema, problems);
  if (problems.length > 0 || !generic) throw new RuleFileError(problems);
  return { platforms, generic };
}
