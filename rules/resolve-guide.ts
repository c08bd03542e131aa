/**
 * Merges a platform rule with the generic guidance into what the sidebar and popup show:
 * the platform's own facts first, and the generic guidance wherever the rule has nothing.
 */
import { ruleConfidence, ruleFacts, type RuleConfidence, type RuleFact } from './rule-confidence';
import type { Channel, GenericGuidance, PlatformRule } from './schema';

export interface GuideStep {
  label: string;
  synonyms: string[];
  urlKeywords?: string[];
}

export type SelfServiceGuide =
  | {
      source: 'platform';
      surface: 'app' | 'web' | 'app-and-web';
      steps: GuideStep[];
      confirmed: boolean;
      sourceUrl: string | null;
    }
  | { source: 'generic'; intro: string; steps: GuideStep[]; fallback: string };

export interface PlatformGuide {
  rule: PlatformRule;
  selfService: SelfServiceGuide;
  channels: Channel[];
  hasVerifiedPhone: boolean;
  customerServiceIntro: string;
  customerServiceAsk: string[];
  /** Platform-specific items first, then the generic ones. */
  caveats: string[];
  blockers: string[];
  whenRefused: string[];
  verify: string;
  authorizationKinds: GenericGuidance['authorizationKinds'];
  /** Computed from the kinds of the rule's sources (`rule-confidence.ts`), never typed. */
  confidence: RuleConfidence;
  /** Each fact the rule shows, with its state (primary source, other source, unconfirmed). */
  facts: RuleFact[];
  /** The request letter and phone script, composed where the guide is made (the page gets text, not a composer). */
  requestText?: { letter: string; script: string };
}

export function resolveGuide(rule: PlatformRule, generic: GenericGuidance): PlatformGuide {
  const selfService: SelfServiceGuide =
    rule.selfService.status === 'known'
      ? {
          source: 'platform',
          surface: rule.selfService.surface,
          steps: rule.selfService.steps,
          confirmed: rule.selfService.confirmed,
          sourceUrl: rule.selfService.source ?? null,
        }
      : {
          source: 'generic',
          intro: generic.selfService.intro,
          steps: generic.selfService.steps,
          fallback: generic.selfService.fallback,
        };
  return {
    rule,
    selfService,
    channels: rule.customerService,
    hasVerifiedPhone: rule.customerService.some((channel) => channel.kind === 'phone'),
    customerServiceIntro: generic.customerService.intro,
    customerServiceAsk: generic.customerService.ask,
    caveats: [...rule.caveats, ...generic.caveats.map((item) => item.text)],
    blockers: [...rule.blockers, ...generic.blockers.map((item) => item.text)],
    whenRefused: generic.whenRefused.map((item) => item.text),
    verify: generic.verify,
    authorizationKinds: generic.authorizationKinds,
    confidence: ruleConfidence(rule),
    facts: ruleFacts(rule),
  };
}

/**
 * The guide for a lending page whose platform is not in the rules: the generic guidance under a
 * stand-in rule that claims nothing (no entities, no hosts, type unknown).
 */
export function resolveGenericGuide(generic: GenericGuidance, brand: string): PlatformGuide {
  const standIn: PlatformRule = {
    formatVersion: generic.formatVersion,
    id: 'unknown-platform',
    brand,
    aliases: [],
    formerNames: [],
    legalEntities: [],
    hosts: [],
    hostPurposes: {},
    lenderKind: 'facilitator',
    fundersQuery: true,
    typicalAuthorization: 'unknown',
    selfService: { status: 'unknown' },
    customerService: [],
    blockers: [],
    caveats: [],
    provenance: generic.provenance,
  };
  return resolveGuide(standIn, generic);
}
