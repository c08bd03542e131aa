/**
 * Reads and validates every rule file on disk (Node only: the build, `npm run lint` and tests).
 * The extension itself never parses rules at run time; it bundles what passed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { z } from 'zod';
import { isContentFarm } from './content-farms';
import { institutionSchema, type Institution } from './institution-schema';
import {
  genericGuidanceSchema,
  platformRuleSchema,
  type GenericGuidance,
  type PlatformRule,
} from './schema';

export interface RuleFiles {
  platforms: PlatformRule[];
  generic: GenericGuidance;
  /** The institution directory (`institutions/*.json`), sorted by file name. */
  institutions: Institution[];
}

export interface LoadOptions {
  /** The day against which "not in the future" is checked (default: now). */
  today?: Date;
}

/** A legal entity's name ends in its legal form (banks and cooperatives may end in the institution type). */
export const LEGAL_FORM = /(股份有限公司|有限责任公司|股份公司|有限公司|银行|合作社|联合社|联社|保险社)$/;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A host a borrower never uses: an investor-relations site or a mail server (issue 12). */
const NON_BORROWER_HOST = /^(ir|investor|investors|mail|email|webmail|exmail|smtp|mx)\./;
const NON_BORROWER_PURPOSE = /投资者关系|investor|邮箱|邮件|e-?mail/i;

/** What one rule file cannot be checked for alone: dates, hosts' purposes, legal forms. */
function checkRule(rule: PlatformRule, label: string, today: string, problems: string[]): void {
  if (rule.provenance.checked > today) problems.push(`${label}: provenance.checked: ${rule.provenance.checked} is in the future`);
  rule.provenance.sources.forEach((source, index) => {
    if (source.checked > today) problems.push(`${label}: provenance.sources.${index}.checked: ${source.checked} is in the future`);
  });
  for (const host of rule.hosts) {
    if (NON_BORROWER_HOST.test(host)) problems.push(`${label}: hosts: "${host}" is an investor-relations or mail host, not a page borrowers use`);
    const purpose = rule.hostPurposes[host];
    if (purpose && NON_BORROWER_PURPOSE.test(purpose)) problems.push(`${label}: hostPurposes.${host}: a host must be a page borrowers use, not "${purpose}"`);
  }
  rule.legalEntities.forEach((entity, index) => {
    if (!LEGAL_FORM.test(entity.name)) problems.push(`${label}: legalEntities.${index}.name: "${entity.name}" does not end in a legal form (有限公司, 股份有限公司, …银行)`);
  });
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

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * Loads the institution directory and checks what one file cannot: ids equal file names, a name
 * or former name belongs to one entity only, names end in a legal form, a brand's source exists,
 * no date is in the future, and not every source of an entry is a content farm.
 */
function loadInstitutions(dir: string, today: string, problems: string[]): Institution[] {
  const institutions: Institution[] = [];
  const nameOwners = new Map<string, string>();
  for (const name of jsonFiles(join(dir, 'institutions'))) {
    const label = `rules/institutions/${name}`;
    const entry = parseFile(join(dir, 'institutions', name), label, institutionSchema, problems);
    if (!entry) continue;
    if (`${entry.id}.json` !== name) problems.push(`${label}: id: "${entry.id}" must equal the file name`);
    [entry.name, ...entry.formerNames].forEach((legalName, index) => {
      const field = index === 0 ? 'name' : `formerNames.${index - 1}`;
      if (!LEGAL_FORM.test(legalName)) problems.push(`${label}: ${field}: "${legalName}" does not end in a legal form (有限公司, 股份有限公司, …银行)`);
      const owner = nameOwners.get(legalName);
      if (owner) problems.push(`${label}: ${field}: "${legalName}" is already a name of "${owner}"`);
      else nameOwners.set(legalName, entry.id);
    });
    entry.brands.forEach((brand, index) => {
      if (brand.source >= entry.sources.length) problems.push(`${label}: brands.${index}.source: no source number ${brand.source}`);
    });
    entry.sources.forEach((source, index) => {
      if (source.checked > today) problems.push(`${label}: sources.${index}.checked: ${source.checked} is in the future`);
    });
    if (entry.sources.every((source) => isContentFarm(source.url))) {
      problems.push(`${label}: sources: a content farm cannot be an entry's only source`);
    }
    institutions.push(entry);
  }
  return institutions;
}

/** One source of truth: the entities a report can show (lenders, funders) are in the directory. */
function checkAgainstDirectory(platforms: PlatformRule[], institutions: Institution[], problems: string[]): void {
  const known = new Set(institutions.flatMap((entry) => [entry.name, ...entry.formerNames]));
  const platformIds = new Set(platforms.map((rule) => rule.id));
  for (const rule of platforms) {
    rule.legalEntities.forEach((entity, index) => {
      if (entity.role !== 'operator' && !known.has(entity.name)) {
        problems.push(`rules/platforms/${rule.id}.json: legalEntities.${index}.name: "${entity.name}" (${entity.role}) is not in the institution directory`);
      }
    });
  }
  for (const entry of institutions) {
    entry.brands.forEach((brand, index) => {
      if (brand.platformId && !platformIds.has(brand.platformId)) {
        problems.push(`rules/institutions/${entry.id}.json: brands.${index}.platformId: no platform rule "${brand.platformId}"`);
      }
    });
  }
}

/**
 * Loads `platforms/*.json`, `institutions/*.json` and `generic.json` below `rulesDir`; throws a
 * RuleFileError listing every problem.
 */
export function loadRuleFiles(rulesDir: string | URL, options: LoadOptions = {}): RuleFiles {
  const dir = typeof rulesDir === 'string' ? rulesDir : fileURLToPath(rulesDir);
  const today = isoDay(options.today ?? new Date());
  const problems: string[] = [];
  const platforms: PlatformRule[] = [];
  const hostOwners = new Map<string, string>();
  const formerNameOwners = new Map<string, string>();
  for (const name of jsonFiles(join(dir, 'platforms'))) {
    const label = `rules/platforms/${name}`;
    const rule = parseFile(join(dir, 'platforms', name), label, platformRuleSchema, problems);
    if (!rule) continue;
    if (`${rule.id}.json` !== name) problems.push(`${label}: id: "${rule.id}" must equal the file name`);
    checkRule(rule, label, today, problems);
    rule.formerNames.forEach((formerName, index) => {
      const owner = formerNameOwners.get(formerName);
      if (owner) problems.push(`${label}: formerNames.${index}: "${formerName}" is already a former name of rule "${owner}"`);
      else formerNameOwners.set(formerName, rule.id);
    });
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
  const institutions = loadInstitutions(dir, today, problems);
  checkAgainstDirectory(platforms, institutions, problems);
  const generic = parseFile(join(dir, 'generic.json'), 'rules/generic.json', genericGuidanceSchema, problems);
  generic?.provenance.sources.forEach((source, index) => {
    if (source.checked > today) problems.push(`rules/generic.json: provenance.sources.${index}.checked: ${source.checked} is in the future`);
  });
  if (problems.length > 0 || !generic) throw new RuleFileError(problems);
  return { platforms, generic, institutions };
}
