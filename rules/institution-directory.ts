/**
 * The institution directory's engine: finds the legal entity behind a name printed in a credit
 * report's 查询机构 column, by its current or a former name, and the platform rules it belongs
 * to. Pure: the data (`rules/institutions/*.json`, `rules/platforms/*.json`) is handed in.
 * A name that is not in the directory still gets its kind from its wording (DOMAIN.md §4).
 */
import type { Institution, InstitutionKind } from './institution-schema';
import { normalizeInstitutionName } from './institution-name';

export { normalizeInstitutionName };

export interface InstitutionMatch {
  /** The directory entry, when the name is in the directory. */
  institution: Institution | null;
  /** The rule ids of the platforms this legal entity belongs to (sorted). */
  platformIds: string[];
  /** The name matched an earlier legal name, not the current one. */
  formerName: boolean;
}

export interface InstitutionIndex {
  byName: Map<string, { institution: Institution | null; platformIds: Set<string>; formerName: boolean }>;
}

/** The part of a platform rule the index reads (legal entities may carry former names). */
export interface PlatformEntities {
  id: string;
  legalEntities: ReadonlyArray<{ name: string; formerNames?: readonly string[] }>;
}

export function buildInstitutionIndex(institutions: readonly Institution[], platforms: readonly PlatformEntities[] = []): InstitutionIndex {
  const byName: InstitutionIndex['byName'] = new Map();
  const entry = (name: string, formerName: boolean) => {
    const key = normalizeInstitutionName(name);
    let found = byName.get(key);
    if (!found) {
      found = { institution: null, platformIds: new Set(), formerName };
      byName.set(key, found);
    }
    return found;
  };
  for (const institution of institutions) {
    const names = [
      [institution.name, false],
      ...institution.formerNames.map((name) => [name, true] as const),
    ] as const;
    for (const [name, former] of names) {
      const found = entry(name, former);
      // A current name wins over someone else's former name.
      if (!found.institution || (found.formerName && !former)) {
        found.institution = institution;
        found.formerName = former;
      }
      for (const brand of institution.brands) if (brand.platformId) found.platformIds.add(brand.platformId);
    }
  }
  for (const platform of platforms) {
    for (const entity of platform.legalEntities) {
      for (const name of [entity.name, ...(entity.formerNames ?? [])]) entry(name, name !== entity.name).platformIds.add(platform.id);
    }
  }
  // A rule names an entity by its name of today; a report of before a renaming prints the former
  // one: every name of a directory entry belongs to the platforms of any of its names.
  const platformsOf = new Map<Institution, Set<string>>();
  for (const found of byName.values()) {
    if (!found.institution) continue;
    const platforms = platformsOf.get(found.institution) ?? new Set<string>();
    for (const id of found.platformIds) platforms.add(id);
    platformsOf.set(found.institution, platforms);
  }
  for (const found of byName.values()) if (found.institution) for (const id of platformsOf.get(found.institution)!) found.platformIds.add(id);
  return { byName };
}

export function findInstitution(index: InstitutionIndex, printedName: string): InstitutionMatch | null {
  const found = index.byName.get(normalizeInstitutionName(printedName));
  if (!found) return null;
  return { institution: found.institution, platformIds: [...found.platformIds].sort(), formerName: found.formerName };
}

// Most specific wording first: a 消费金融 company or a guarantor is not a bank because its name
// holds 银 or 行 somewhere; 村镇银行 and 农村商业银行 are banks; 信用社 lend like banks.
const KIND_BY_WORDING: ReadonlyArray<readonly [RegExp, InstitutionKind]> = [
  [/融资担保|担保/, 'guarantor'],
  [/信托/, 'trust'],
  [/消费金融/, 'consumer-finance-company'],
  [/小额贷款|小贷/, 'microloan-company'],
  [/保险/, 'insurer'],
  [/银行|信用合作联社|农村信用社|信用社|农村合作银行/, 'bank'],
];

/** What kind of institution a legal name says it is (DOMAIN.md §4), or `unknown`. */
export function institutionKindFromName(name: string): InstitutionKind | 'unknown' {
  const normalized = normalizeInstitutionName(name);
  for (const [pattern, kind] of KIND_BY_WORDING) if (pattern.test(normalized)) return kind;
  return 'unknown';
}

/**
 * For each platform of the rules, the normalized names (current and former) of the legal
 * entities a credit report may print for it: the rule's own legal entities and the directory
 * entries whose brands name the platform. The popup's verification reads this slice (built at
 * build time) instead of the whole directory.
 */
export function institutionNamesByPlatform(index: InstitutionIndex): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const [key, entry] of index.byName) {
    for (const platformId of entry.platformIds) (names[platformId] ??= []).push(key);
  }
  for (const list of Object.values(names)) list.sort();
  return names;
}
