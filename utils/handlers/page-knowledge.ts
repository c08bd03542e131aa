/**
 * Knowledge for the page, answered by the background: the rules live here once, and a content
 * script gets only what its page needs (the resolved guide of its platform, a page's
 * classification, a letter's analysis) plus the sidebar's strings in the user's language. So
 * the scripts that run in web pages do not grow with the number of platforms or institutions.
 */
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { buildClassifierIndex, classifyPage, type ClassifierIndex, type LureFinding } from '../../rules/classify-page';
import { analyzeLetter } from '../../rules/letter-analysis';
import { buildHostIndex, matchHost, type HostIndex } from '../../rules/match-host';
import pageSignals from '../../rules/page-signals.json';
import { resolveGenericGuide, resolveGuide, type PlatformGuide } from '../../rules/resolve-guide';
import { withRequestText } from '../../rules/guide-request-text';
import type { PlatformRule } from '../../rules/schema';
import zhSidebar from '../../locales/zh-CN/sidebar.json';
import enSidebar from '../../locales/en/sidebar.json';
import type { Locale, SidebarMessageKey } from '../translator';
import { readItem, settingsItem } from '../storage';
import type { PageKind } from '../messages';
import type { Handler } from './router';

export type SidebarStrings = Record<SidebarMessageKey, string>;

export interface PageGuideReply {
  platformId: string;
  guide: PlatformGuide;
  locale: Locale;
  strings: SidebarStrings;
}

export type ClassifyReply =
  | { kind: null }
  | {
      kind: PageKind;
      /** The rule id: the page's platform, or for `lookalike` the imitated brand. */
      platformId: string | null;
      /** For `lookalike`: the imitated brand and its official hosts. */
      imitated: { brand: string; officialHosts: string[] } | null;
      lures: LureFinding[];
      /** Report channel id → text, for the lures' report lists. */
      reportChannels: Record<string, string>;
      /** The guide: the platform's on a rule's host, the generic one on a lending page, none on a warning. */
      guide: PlatformGuide | null;
      locale: Locale;
      strings: SidebarStrings;
    };

interface Knowledge {
  hosts: HostIndex<PlatformRule>;
  classifier: ClassifierIndex;
  byId: Map<string, PlatformRule>;
  guides: Map<string, PlatformGuide>;
}

let knowledge: Knowledge | null = null;
/** Built on first use, once per service-worker life: a worker that only answers alarms never pays for it. */
function know(): Knowledge {
  knowledge ??= {
    hosts: buildHostIndex(platformRules),
    classifier: buildClassifierIndex(platformRules),
    byId: new Map(platformRules.map((rule) => [rule.id, rule])),
    guides: new Map(),
  };
  return knowledge;
}

function guideOf(rule: PlatformRule): PlatformGuide {
  const { guides } = know();
  let guide = guides.get(rule.id);
  if (!guide) {
    guide = resolveGuide(rule, genericGuidance);
    guides.set(rule.id, guide);
  }
  // Its request texts dated today (the guide itself is built once).
  return withRequestText(guide);
}

async function sidebarLocale(): Promise<{ locale: Locale; strings: SidebarStrings }> {
  const { locale } = await readItem(settingsItem);
  // Missing English keys fall back to Chinese (the locale test keeps them equal anyway).
  return locale === 'en' ? { locale, strings: { ...zhSidebar, ...enSidebar } } : { locale: 'zh-CN', strings: zhSidebar };
}

/** The platform rule of a host, or null (exact on label boundaries: rules/match-host.ts). */
export function ruleOfHost(host: string | null): PlatformRule | null {
  return host ? matchHost(know().hosts, host) : null;
}

export const pageGuide: Handler<'page-guide'> = async (_request, { pageHost }) => {
  const rule = ruleOfHost(pageHost);
  if (!rule) return null;
  return { platformId: rule.id, guide: guideOf(rule), ...(await sidebarLocale()) };
};

export const classifyPageRequest: Handler<'classify-page'> = async ({ sample }, { pageHost }) => {
  const host = pageHost ?? '';
  const { classifier, byId } = know();
  const known = ruleOfHost(host);
  const verdict = classifyPage(sample, host, classifier, known?.id ?? null);
  if (!verdict.kind) return { kind: null };
  const imitatedRule = verdict.kind === 'lookalike' && verdict.platformId ? byId.get(verdict.platformId) : undefined;
  const { locale, strings } = await sidebarLocale();
  const guide =
    verdict.kind === 'platform' && known ? guideOf(known) : verdict.kind === 'lending' ? withRequestText(resolveGenericGuide(genericGuidance, strings['lending.brand'])) : null;
  return {
    kind: verdict.kind,
    platformId: verdict.platformId,
    imitated: imitatedRule ? { brand: imitatedRule.brand, officialHosts: verdict.officialHosts } : null,
    lures: verdict.lures,
    reportChannels: Object.fromEntries(pageSignals.reportChannels.map((channel) => [channel.id, channel.text])),
    guide,
    locale,
    strings,
  };
};

export const analyzeLetterRequest: Handler<'analyze-letter'> = ({ text }) => analyzeLetter(text);

/** The brand of a rule id, for the badge's title and the reminders. */
export function brandOf(platformId: string): string | undefined {
  return know().byId.get(platformId)?.brand;
}
