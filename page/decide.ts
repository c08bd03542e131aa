/**
 * What the sidebar shows on a page, decided from its inputs alone: what the background knows
 * about the page (a platform's guide, or a classification), the letter found on it, the user's
 * choices for the site and where the page is. Pure, so every case is a unit test; the
 * controller (page-controller.ts) does the effects.
 */
import type { PageFindingsData } from '../components/PageFindings';
import type { SidebarMode } from '../components/Sidebar';
import { currentStepIndex } from '../rules/find-step-target';
import { decidePresentation, type SidebarEdge } from '../rules/sidebar-presentation';
import type { LetterAnalysis } from '../rules/letter-analysis';
import type { PlatformGuide } from '../rules/resolve-guide';
import type { ClassifyReply, PageGuideReply } from '../utils/handlers/page-knowledge';
import type { HostAttributes } from './mount-sidebar';
import type { SidebarPrefs } from './sidebar-prefs';

/** What the background answered for this page: a rule's guide, or the page's classification. */
export type PageKnowledge = { source: 'platform'; reply: PageGuideReply } | { source: 'classifier'; reply: Exclude<ClassifyReply, { kind: null }> };

export interface DecideInputs {
  knowledge: PageKnowledge | null;
  letter: (LetterAnalysis & { inModal: boolean }) | null;
  prefs: SidebarPrefs;
  /** The popup's "show the sidebar here" overrides a muted site. */
  forceShow: boolean;
  host: string;
  /** location.pathname (with the hash route appended where the page routes there). */
  path: string;
  title: string;
  /** The page's first h1/h2 texts: a withdrawal-flow page is told by them too. */
  headings?: readonly string[];
  /** window.innerWidth; 0 or absent: unknown (not treated as narrow). */
  viewportWidth?: number;
}

export interface PageState {
  attributes: HostAttributes;
  mode: SidebarMode;
  guide: PlatformGuide | null;
  title: string;
  findings: PageFindingsData | null;
  currentStep: number;
  /** A look-alike or a lure: shown even on a muted site, and opened expanded. */
  warning: boolean;
  /** False on a muted site (no sidebar at all), unless forced or warned. */
  visible: boolean;
  /** As the edge tab: everywhere but warnings and withdrawal-flow pages, below 600 px, or as the user left it. */
  startCollapsed: boolean;
  edge: SidebarEdge;
}

/** null: not a lending page, nothing is shown. */
export function decide(inputs: DecideInputs): PageState | null {
  const { knowledge, letter, prefs, forceShow, host } = inputs;
  if (!knowledge) return null;
  const classified = knowledge.source === 'classifier' ? knowledge.reply : null;
  const guide = knowledge.source === 'platform' ? knowledge.reply.guide : knowledge.reply.guide;
  const strings = knowledge.reply.strings;
  const kind = classified ? classified.kind : 'platform';
  const platformId = knowledge.source === 'platform' ? knowledge.reply.platformId : classified!.platformId;
  const findings: PageFindingsData = {
    lookalike: classified?.kind === 'lookalike' && classified.imitated ? { brand: classified.imitated.brand, host, officialHosts: classified.imitated.officialHosts } : null,
    lures: classified?.lures ?? [],
    reportChannels: classified?.reportChannels ?? {},
    letter,
  };
  const hasFindings = findings.lookalike !== null || findings.lures.length > 0 || letter !== null;
  const warning = kind === 'lookalike' || kind === 'predatory' || findings.lookalike !== null || findings.lures.length > 0;
  const mode: SidebarMode = kind === 'platform' ? 'platform' : kind === 'lending' ? 'generic' : 'warning';
  const title = mode === 'platform' ? (guide?.rule.brand ?? '') : mode === 'generic' ? strings['lending.brand'] : strings['warning.header'];
  const shownGuide = mode === 'warning' ? null : guide;
  return {
    attributes: {
      kind,
      // The rule id on a platform page and, for a look-alike, the imitated brand's.
      platform: kind === 'platform' || kind === 'lookalike' ? platformId : null,
      letter: letter?.verdict ?? null,
    },
    mode,
    guide: shownGuide,
    title,
    findings: mode === 'warning' || hasFindings ? findings : null,
    currentStep: shownGuide ? currentStepIndex(shownGuide.selfService.steps, inputs.path, inputs.title) : -1,
    warning,
    visible: !prefs.muted || forceShow || warning,
    ...presentation(inputs, warning),
  };
}

/** Expanded on a warning or a withdrawal-flow page, the edge tab elsewhere and when narrow (rules/sidebar-presentation.ts). */
function presentation(inputs: DecideInputs, warning: boolean): Pick<PageState, 'startCollapsed' | 'edge'> {
  const { prefs } = inputs;
  const decided = decidePresentation({
    warning,
    path: inputs.path,
    title: inputs.title,
    headings: inputs.headings ?? [],
    viewportWidth: inputs.viewportWidth ?? 0,
    rememberedCollapsed: prefs.rememberedCollapsed,
    sidebarDefault: prefs.sidebarDefault,
    edge: prefs.edge,
  });
  return { startCollapsed: decided.initial === 'tab', edge: decided.edge };
}
