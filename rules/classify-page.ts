/**
 * Page classification for all-sites recognition and on-demand analysis: is this page a
 * look-alike of a known brand, a known platform, a predatory lure, an ordinary lending page,
 * or none of these (articles, Q&A, forums, encyclopedias, shops, the credit bureau)? The
 * phrases, weights and explanations are data (page-signals.json); the brands come from the
 * platform rules. Pure and deterministic; never throws.
 */
import type { PlatformRule } from './schema';
import type { PageSignals, Section } from './classifier-schema';
import { buildHostIndex, matchHost, normalizeHost, type HostIndex } from './match-host';
import { brandTokens, hostImitation, type BrandHosts, type Homoglyphs } from './lookalike';
import { normalizeText, stringOf, stringsOf } from './normalize-text';
import type { PageSample } from './page-sample';
import bundledSignals from './page-signals.json';
import bundledDomains from './registrable-domains.json';

export type PageKind = 'lookalike' | 'platform' | 'predatory' | 'lending';

export interface LureFinding {
  id: string;
  label: string;
  /** Why it is a trap, in plain Chinese. */
  explanation: string;
  /** Where to report it (texts of the report channels). */
  report: string[];
  /** The phrase as found on the page (normalized). */
  excerpt: string;
}

export interface Classification {
  kind: PageKind | null;
  /** The platform's rule id; for `lookalike`, the imitated brand's. */
  platformId: string | null;
  /** For `lookalike`: the imitated brand's official hosts. */
  officialHosts: string[];
  /** Why, in short machine-readable tokens (e.g. "cue:loan-action", "page-type:article:4"). */
  signals: string[];
  lures: LureFinding[];
}

export type ClassifierRule = Pick<PlatformRule, 'id' | 'brand' | 'aliases' | 'formerNames' | 'hosts'>;

interface BrandEntry extends BrandHosts {
  id: string;
  /** Normalized brand names, aliases, former names and domain labels. */
  names: string[];
}

interface CompiledCue {
  id: string;
  role: 'anchor' | 'support' | 'service';
  weight: number;
  sections: Section[];
  re: RegExp;
}

interface CompiledLure {
  id: string;
  label: string;
  explanation: string;
  report: string[];
  patterns: RegExp[];
}

export interface ClassifierIndex {
  hosts: HostIndex<ClassifierRule>;
  byId: ReadonlyMap<string, ClassifierRule>;
  brands: readonly BrandEntry[];
  excludedHosts: readonly string[];
  cues: readonly CompiledCue[];
  lures: readonly CompiledLure[];
  lureNegations: readonly string[];
  lureDismissals: readonly string[];
  lureWarningContext: readonly string[];
  pageTypes: readonly { id: string; structure: readonly string[]; cues: readonly RegExp[] }[];
  lendingMinScore: number;
  predatoryMinScore: number;
  pageTypeMinScore: number;
  identityAffixes: readonly string[];
  titleSeparators: RegExp;
  homoglyphs: Homoglyphs;
}

export interface ClassifierOptions {
  signals?: PageSignals;
  /** Registrable domain of each rule host (generated from the Public Suffix List). */
  registrableDomains?: Readonly<Record<string, string>>;
}

/** Built once per rule set: compiles the patterns and the brand table. */
export function buildClassifierIndex(rules: readonly ClassifierRule[], options: ClassifierOptions = {}): ClassifierIndex {
  const signals = options.signals ?? (bundledSignals as PageSignals);
  const domains = options.registrableDomains ?? (bundledDomains as Record<string, string>);
  const homoglyphs = signals.homoglyphs;
  const channels = new Map(signals.reportChannels.map((channel) => [channel.id, channel.text]));

  // An app-only rule (no hosts) has no official host to compare with: its name on a page proves
  // nothing about imitation (the brand's own site is simply not in the rules), so it is no brand here.
  const brands: BrandEntry[] = rules.filter((rule) => rule.hosts.length > 0).map((rule) => {
    const hosts = rule.hosts.map((host) => normalizeHost(host) ?? host);
    // A host missing from the generated table falls back to itself: stricter, never looser.
    const ruleDomains = [...new Set(hosts.map((host) => domains[host] ?? host))];
    const tokens = [
      ...new Set(hosts.flatMap((host) => brandTokens(host, domains[host] ?? host, homoglyphs, signals.minBrandTokenLength))),
    ];
    const domainLabels = ruleDomains.map((domain) => domain.split('.')[0] ?? '').filter((label) => label.length >= signals.minBrandTokenLength);
    const names = [...new Set([rule.brand, ...rule.aliases, ...rule.formerNames, ...domainLabels].map(normalizeText))].filter(
      (name) => name.length >= 2,
    );
    return { id: rule.id, hosts, domains: ruleDomains, tokens, names };
  });

  return {
    hosts: buildHostIndex(rules),
    byId: new Map(rules.map((rule) => [rule.id, rule])),
    brands,
    excludedHosts: signals.excludedHosts,
    cues: signals.lendingCues.map((cue) => ({ ...cue, re: new RegExp(cue.pattern) })),
    lures: signals.lures.map((lure) => ({
      id: lure.id,
      label: lure.label,
      explanation: lure.explanation,
      report: lure.report.map((id) => channels.get(id) ?? id),
      patterns: lure.patterns.map((source) => new RegExp(source, 'g')),
    })),
    lureNegations: signals.lureNegations.map(normalizeText),
    lureDismissals: signals.lureDismissals.map(normalizeText),
    lureWarningContext: signals.lureWarningContext.map(normalizeText),
    pageTypes: signals.pageTypes.map((type) => ({
      id: type.id,
      structure: type.structure,
      cues: type.cues.map((source) => new RegExp(source)),
    })),
    lendingMinScore: signals.lendingMinScore,
    predatoryMinScore: signals.predatoryMinScore,
    pageTypeMinScore: signals.pageTypeMinScore,
    identityAffixes: [...signals.brandClaim.identityAffixes.map(normalizeText)].sort((a, b) => b.length - a.length),
    titleSeparators: new RegExp(signals.brandClaim.titleSeparators, 'g'),
    homoglyphs,
  };
}

interface Sections {
  claims: string;
  actions: string;
  checks: string;
  form: string;
  body: string;
  all: string;
}

/** Button-sized texts only: a long link is an article title, not an action. */
const MAX_ACTION_LENGTH = 10;

function sectionsOf(sample: PageSample): Sections {
  const claims = [sample.title, sample.siteName, sample.description, ...stringsOf(sample.headings, 60), ...stringsOf(sample.logoTexts, 10)]
    .map((text) => normalizeText(stringOf(text, 300)))
    .filter(Boolean)
    .join('|');
  const actions = stringsOf(sample.actions, 500)
    .map((text) => normalizeText(stringOf(text, 60)))
    .filter((text) => text.length > 0 && text.length <= MAX_ACTION_LENGTH)
    .join('|');
  const checks = stringsOf(sample.checkboxLabels, 30)
    .map((text) => normalizeText(stringOf(text, 300)))
    .join('|');
  const form = stringsOf(sample.formTexts, 100)
    .map((text) => normalizeText(stringOf(text, 100)))
    .join('|');
  const body = normalizeText(stringOf(sample.bodyText, 30_000));
  return { claims, actions, checks, form, body, all: [claims, actions, checks, form, body].join('|') };
}

/** Matches a cue in one section; for actions, against each action on its own (anchored patterns). */
function cueMatches(cue: CompiledCue, sections: Sections): boolean {
  for (const section of cue.sections) {
    if (section === 'actions') {
      for (const action of sections.actions.split('|')) if (action && cue.re.test(action)) return true;
    } else if (cue.re.test(sections[section])) {
      return true;
    }
  }
  return false;
}

const CLAUSE_BREAK = /[|，。！？；,.!?;、:：“”"「」『』()（）【】]/;

/** The same-clause text before `start`, at most `span` characters. */
function clauseBefore(text: string, start: number, span: number): string {
  const window = text.slice(Math.max(0, start - span), start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(window[i]!)) {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1);
}

function clauseAfter(text: string, end: number, span: number): string {
  const window = text.slice(end, end + span);
  for (let i = 0; i < window.length; i++) if (CLAUSE_BREAK.test(window[i]!)) return window.slice(0, i);
  return window;
}

const SENTENCE_BREAK = /[|。！？!?；;\n]/;

/** The sentence around a match, at most `span` characters on either side. */
function sentenceAround(text: string, start: number, end: number, span: number): string {
  let a = start;
  while (a > 0 && start - a < span && !SENTENCE_BREAK.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < span && !SENTENCE_BREAK.test(text[b]!)) b++;
  return text.slice(a, b);
}

function findLures(text: string, index: ClassifierIndex): LureFinding[] {
  const found: LureFinding[] = [];
  for (const lure of index.lures) {
    let excerpt: string | null = null;
    for (const re of lure.patterns) {
      re.lastIndex = 0;
      let guard = 0;
      for (let m = re.exec(text); m && guard < 50; m = re.exec(text), guard++) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const before = clauseBefore(text, m.index, 10);
        const after = clauseAfter(text, m.index + m[0].length, 8);
        const quoted = /[“"「『]$/.test(text.slice(Math.max(0, m.index - 1), m.index));
        const warned = index.lureNegations.some((word) => before.includes(word));
        const dismissed = index.lureDismissals.some((word) => after.includes(word));
        // A lender's own fraud warning names the lures it does not offer.
        const sentence = sentenceAround(text, m.index, m.index + m[0].length, 80);
        const warning = index.lureWarningContext.some((word) => sentence.includes(word));
        if (!quoted && !warned && !dismissed && !warning) {
          excerpt = m[0];
          break;
        }
      }
      if (excerpt) break;
    }
    if (excerpt) {
      found.push({ id: lure.id, label: lure.label, explanation: lure.explanation, report: lure.report, excerpt });
    }
  }
  return found;
}

/** Strips "官网", "APP" and the like from both ends, so "分期乐官网" compares equal to "分期乐". */
function stripAffixes(text: string, affixes: readonly string[]): string {
  let out = text;
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    for (const affix of affixes) {
      if (affix.length === 0 || out === affix) continue;
      if (out.startsWith(affix)) {
        out = out.slice(affix.length);
        changed = true;
      } else if (out.endsWith(affix)) {
        out = out.slice(0, -affix.length);
        changed = true;
      }
    }
  }
  return out;
}

/** Texts in which a page names itself: site name, its first logo, and the title's segments. */
function identityTexts(sample: PageSample, index: ClassifierIndex): string[] {
  const title = stringOf(sample.title, 300);
  index.titleSeparators.lastIndex = 0;
  const segments = title.split(index.titleSeparators);
  const firstLogo = stringsOf(sample.logoTexts, 1);
  return [stringOf(sample.siteName, 200), ...firstLogo, ...segments]
    .map((text) => stripAffixes(normalizeText(text), index.identityAffixes))
    .filter((text) => text.length >= 2);
}

interface LookalikeHit {
  brand: BrandEntry;
  signals: string[];
}

function findLookalike(
  host: string,
  hostOwner: ClassifierRule | null,
  sample: PageSample,
  sections: Sections,
  pageIsLendingLike: boolean,
  index: ClassifierIndex,
): LookalikeHit | null {
  if (!host) return null;
  let identities: string[] | null = null;
  for (const brand of index.brands) {
    if (hostOwner && hostOwner.id === brand.id) continue;
    const claimed = brand.names.find((name) => sections.claims.includes(name));
    if (claimed === undefined) continue;
    const imitation = hostImitation(host, brand, index.homoglyphs);
    if (imitation) return { brand, signals: [`claim:${brand.id}:${claimed}`, `host:${imitation}`] };
    // A page that calls itself the brand (site name, logo, title) and lends, on a host that is
    // neither the brand's nor another known platform's (whose partner logos are legitimate).
    if (hostOwner || !pageIsLendingLike) continue;
    identities ??= identityTexts(sample, index);
    const identity = identities.find((text) => brand.names.includes(text));
    if (identity) return { brand, signals: [`identity:${brand.id}:${identity}`] };
  }
  return null;
}

function isExcluded(host: string, excluded: readonly string[]): boolean {
  return excluded.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function empty(signals: string[]): Classification {
  return { kind: null, platformId: null, officialHosts: [], signals, lures: [] };
}

/**
 * Classifies a page. `knownPlatformId` skips the host lookup when the caller already did it.
 * Precedence when several apply: lookalike, platform, predatory, lending.
 */
export function classifyPage(
  sample: PageSample,
  hostname: string,
  index: ClassifierIndex,
  knownPlatformId?: string | null,
): Classification {
  // No catch-all here: a failure is the caller's to report (a crash is not "not a lending page").
  return classify(sample, hostname, index, knownPlatformId ?? null);
}

function classify(sample: PageSample, hostname: string, index: ClassifierIndex, knownPlatformId: string | null): Classification {
  const host = normalizeHost(typeof hostname === 'string' ? hostname : '') ?? '';
  if (host && isExcluded(host, index.excludedHosts)) return empty(['excluded-host']);
  if (sample === null || typeof sample !== 'object') return empty([]);

  const sections = sectionsOf(sample);
  const signals: string[] = [];

  let lendingScore = 0;
  let anchored = false;
  let serviceAction = false;
  for (const cue of index.cues) {
    if (!cueMatches(cue, sections)) continue;
    signals.push(`cue:${cue.id}`);
    lendingScore += cue.weight;
    if (cue.role === 'anchor') anchored = true;
    if (cue.role === 'service') serviceAction = true;
  }

  let pageType: string | null = null;
  let pageTypeScore = 0;
  const structure = sample.structure && typeof sample.structure === 'object' ? sample.structure : null;
  for (const type of index.pageTypes) {
    let score = 0;
    for (const re of type.cues) if (re.test(sections.all)) score++;
    if (type.structure.includes('article-element') && structure && Number(structure.articleElements) > 0) score += 2;
    if (type.structure.includes('og-article') && normalizeText(stringOf(sample.ogType, 50)) === 'article') score += 2;
    if (score > pageTypeScore) {
      pageTypeScore = score;
      pageType = type.id;
    }
  }
  // A page that is mostly an article (or forum, shop...) is not a lending page even when it
  // quotes lending phrases or carries a loan advert; a lending page may have an article footer.
  const notLending = pageType !== null && pageTypeScore >= index.pageTypeMinScore && pageTypeScore * 2 > lendingScore;
  if (notLending) signals.push(`page-type:${pageType}:${pageTypeScore}`);

  const lures = notLending ? [] : findLures([sections.claims, sections.actions, sections.body].join('|'), index);
  const lendingLike = !notLending && (anchored || serviceAction || lendingScore >= index.predatoryMinScore);

  const hostOwner = knownPlatformId ? (index.byId.get(knownPlatformId) ?? null) : host ? matchHost(index.hosts, host) : null;
  const lookalike = findLookalike(host, hostOwner, sample, sections, lendingLike || lures.length > 0, index);
  if (lookalike) {
    return {
      kind: 'lookalike',
      platformId: lookalike.brand.id,
      officialHosts: [...lookalike.brand.hosts],
      signals: [...lookalike.signals, ...signals],
      lures,
    };
  }
  if (hostOwner) {
    return { kind: 'platform', platformId: hostOwner.id, officialHosts: [...hostOwner.hosts], signals: ['host', ...signals], lures: [] };
  }
  if (notLending) return empty(signals);
  if (lures.length > 0 && lendingLike) {
    return { kind: 'predatory', platformId: null, officialHosts: [], signals: [...lures.map((lure) => `lure:${lure.id}`), ...signals], lures };
  }
  if (anchored && lendingScore >= index.lendingMinScore) {
    return { kind: 'lending', platformId: null, officialHosts: [], signals, lures: [] };
  }
  return empty(signals);
}

