/**
 * The state of each fact a platform rule shows, and the rule's confidence, computed from the kinds
 * of the sources behind them instead of typed by hand (issue 12). A fact is
 * - `primary`: its source is the lender's own document or a regulator's;
 * - `secondary`: its source is anything else (news, a court notice, public code, an encyclopedia);
 * - `unconfirmed`: no source backs it, or only a content farm does.
 * The rule is `high` when every fact it shows is primary and it shows more than names (a path or a
 * channel: a rule that only names its lender has not been checked for how to withdraw), `medium`
 * when it names its companies and every name rests on a primary source, and `low` otherwise (no
 * company known, or a name resting on news, a third-party page or nothing).
 */
import { isContentFarm } from './content-farms';
import type { PlatformRule } from './schema';
import type { SourceKind } from './source-schema';

export type FactState = 'primary' | 'secondary' | 'unconfirmed';
export type RuleConfidence = 'high' | 'medium' | 'low';

export interface RuleFact {
  /** What kind of fact: a legal entity's name, the self-service path, a phone number, an in-app entry. */
  kind: 'entity' | 'self-service' | 'phone' | 'in-app';
  /** The fact as shown (a name, a number, an entry). */
  label: string;
  state: FactState;
  /** The source's URL when there is one. */
  source: string | null;
}

const PRIMARY_KINDS: readonly SourceKind[] = ['own-document', 'regulator'];

/** The state a source URL gives a fact, looked up among the rule's listed sources. */
export function sourceState(rule: Pick<PlatformRule, 'provenance'>, url: string | undefined): FactState {
  if (!url || isContentFarm(url)) return 'unconfirmed';
  const source = rule.provenance.sources.find((candidate) => candidate.url === url);
  if (!source) return 'unconfirmed';
  return PRIMARY_KINDS.includes(source.kind) ? 'primary' : 'secondary';
}

/** Every fact the rule shows to users, each with its state. */
export function ruleFacts(rule: PlatformRule): RuleFact[] {
  const facts: RuleFact[] = rule.legalEntities.map((entity) => ({
    kind: 'entity',
    label: entity.name,
    state: sourceState(rule, entity.source),
    source: entity.source ?? null,
  }));
  if (rule.selfService.status === 'known') {
    const service = rule.selfService;
    const state = service.confirmed ? sourceState(rule, service.source) : 'unconfirmed';
    facts.push({ kind: 'self-service', label: service.steps.map((step) => step.label).join(' → '), state, source: service.source ?? null });
  }
  for (const channel of rule.customerService) {
    if (channel.kind === 'phone') {
      facts.push({ kind: 'phone', label: channel.number, state: sourceState(rule, channel.source), source: channel.source });
    } else if (channel.kind === 'in-app') {
      const state = channel.confirmed ? sourceState(rule, channel.source) : 'unconfirmed';
      facts.push({ kind: 'in-app', label: channel.entry, state, source: channel.source ?? null });
    }
  }
  return facts;
}

export function ruleConfidence(rule: PlatformRule): RuleConfidence {
  const facts = ruleFacts(rule);
  const entities = facts.filter((fact) => fact.kind === 'entity');
  if (entities.length === 0 || entities.some((fact) => fact.state !== 'primary')) return 'low';
  const showsMoreThanNames = facts.length > entities.length;
  return showsMoreThanNames && facts.every((fact) => fact.state === 'primary') ? 'high' : 'medium';
}
