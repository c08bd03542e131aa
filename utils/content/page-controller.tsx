/**
 * Decides what the sidebar shows on this page and keeps it current: the platform's guide on a
 * known host, or the page's classification elsewhere; the letter's analysis; the step the user
 * is on. Re-evaluates after single-page navigation and late content, debounced and capped; it
 * never observes its own UI (the host hangs off <html>, the observer watches <body>).
 * Shared by the two content scripts (known hosts; all sites), which is why it lives here and
 * not in an entrypoint; each passes only what it ships (the classifier is all-sites only).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { Classification } from '../../rules/classify-page';
import { currentStepIndex, findStepTarget } from '../../rules/find-step-target';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import { decidePresentation, pageHeadings } from '../../rules/sidebar-presentation';
import { resolveGenericGuide, resolveGuide, type PlatformGuide } from '../../rules/resolve-guide';
import type { GenericGuidance, PlatformRule } from '../../rules/schema';
import type { PageFindingsData } from '../../components/PageFindings';
import type { SidebarMode } from '../../components/Sidebar';
import { createSidebarTranslator } from '../sidebar-i18n';
import type { MuteSiteMessage, PageRecognizedMessage, SetOwesMoneyMessage, SetSiteUiMessage, UnmuteSiteMessage } from '../messages';
import { readSidebarPrefs, type SidebarPrefs } from '../sidebar-prefs';
import { mountSidebar, type HostAttributes, type MountedSidebar } from './mount-sidebar';
import { forceShowRequested, onShowRequest } from './isolated-flags';
import { watchPage } from './watch-page';

interface ControllerOptions {
  /** The known platform of this host, with its full rule; null elsewhere. */
  rule: PlatformRule | null;
  generic: GenericGuidance;
  /** All-sites script only: classifies the page (null: not a lending page). */
  classify?: () => Classification;
  /** All-sites script only: brand names of the rules, for look-alike warnings. */
  brandOf?: (id: string) => string | undefined;
  /** Report channel id → text, for the lures' report lists. */
  reportChannels?: Record<string, string>;
}

/** Re-evaluation after navigation or new content: quiet for this long first… */
const SETTLE_MS = 400;
/** …and at most this many evaluations a minute, whatever the page does. */
const MAX_EVALUATIONS_PER_MINUTE = 12;

interface PageState {
  attributes: HostAttributes;
  mode: SidebarMode;
  guide: PlatformGuide | null;
  title: string;
  findings: PageFindingsData | null;
}

export async function createPageController(ctx: ContentScriptContext, options: ControllerOptions): Promise<void> {
  const { rule, generic } = options;
  const host = location.hostname;
  const send = (message: PageRecognizedMessage | SetSiteUiMessage | MuteSiteMessage | UnmuteSiteMessage | SetOwesMoneyMessage) =>
    // The background may be restarting; nothing here is worth breaking the page for.
    browser.runtime.sendMessage(message).catch(() => undefined);

  const prefs: SidebarPrefs = readSidebarPrefs(
    await browser.storage.local.get(['settings', 'site-ui', 'progress']),
    host,
    rule?.id ?? '',
  );
  let forceShow = forceShowRequested();
  const t = createSidebarTranslator(prefs.locale);

  // The guide depends only on the rule (or its absence): built once, not on every re-evaluation.
  const platformGuide = rule ? resolveGuide(rule, generic) : null;
  let genericGuide: PlatformGuide | null = null;

  const evaluate = (): PageState | null => {
    const classification = rule ? null : (options.classify?.() ?? null);
    const kind = rule ? 'platform' : classification?.kind;
    // Not a lending page: nothing more to read (the letter search is the costly part).
    if (!kind) return null;
    const letterFound = findAuthorizationLetter(document);
    const letter = letterFound ? { ...analyzeLetter(letterFound.text), inModal: letterFound.inModal } : null;
    const imitatedBrand =
      classification?.kind === 'lookalike' && classification.platformId ? options.brandOf?.(classification.platformId) : undefined;
    const findings: PageFindingsData = {
      lookalike: imitatedBrand ? { brand: imitatedBrand, host, officialHosts: classification!.officialHosts } : null,
      lures: classification?.lures ?? [],
      reportChannels: options.reportChannels ?? {},
      letter,
    };
    const hasFindings = findings.lookalike !== null || findings.lures.length > 0 || letter !== null;
    const attributes: HostAttributes = {
      kind,
      platform: rule?.id ?? (kind === 'lookalike' ? (classification?.platformId ?? null) : null),
      letter: letter?.verdict ?? null,
    };
    if (rule) return { attributes, mode: 'platform', guide: platformGuide, title: rule.brand, findings: hasFindings ? findings : null };
    if (kind === 'lending') {
      genericGuide ??= resolveGenericGuide(generic, t('lending.brand'));
      return { attributes, mode: 'generic', guide: genericGuide, title: t('lending.brand'), findings: hasFindings ? findings : null };
    }
    return { attributes, mode: 'warning', guide: null, title: t('warning.header'), findings };
  };

  let sidebar: MountedSidebar | null = null;
  let reported = '';
  let rendered = '';
  const stepsOf = (state: PageState) => state.guide?.selfService.steps ?? [];
  const stepNow = (state: PageState) => currentStepIndex(stepsOf(state), location.pathname, document.title);

  const apply = (state: PageState | null) => {
    if (!state) {
      // Not (or no longer) a lending page: no sidebar at all.
      sidebar?.unmount();
      sidebar = null;
      return;
    }
    const key = `${state.attributes.kind}:${state.attributes.platform ?? ''}`;
    if (key !== reported) {
      reported = key;
      void send({ type: 'page-recognized', kind: state.attributes.kind, platformId: rule ? rule.id : null });
    }
    const isWarning = state.mode === 'warning' || state.findings?.lookalike != null || (state.findings?.lures.length ?? 0) > 0;
    if (prefs.muted && !forceShow && !isWarning) return;
    const view = { mode: state.mode, guide: state.guide, title: state.title, findings: state.findings, currentStep: stepNow(state) };
    // Most re-evaluations find the page as it was: then there is nothing to render again.
    const signature = JSON.stringify([state.attributes, state.mode, view.currentStep, state.findings]);
    if (sidebar) {
      if (signature !== rendered) sidebar.update(view, state.attributes);
      rendered = signature;
      return;
    }
    rendered = signature;
    // Expanded on a warning or a withdrawal-flow page, the edge tab elsewhere and when narrow;
    // the user's own choice on this site wins over the page (rules/sidebar-presentation.ts).
    const presentation = decidePresentation({
      warning: isWarning,
      path: location.pathname + location.hash,
      title: document.title,
      headings: pageHeadings(document),
      viewportWidth: window.innerWidth,
      rememberedCollapsed: prefs.rememberedCollapsed,
      sidebarDefault: prefs.sidebarDefault,
      edge: prefs.edge,
    });
    sidebar = mountSidebar(ctx, {
      attributes: state.attributes,
      app: {
        ...view,
        host,
        t,
        initiallyCollapsed: presentation.initial === 'tab',
        edge: presentation.edge,
        initialOwesMoney: prefs.owesMoney,
        findStepTarget: (index, insideSidebar) => {
          const step = current ? stepsOf(current)[index] : undefined;
          return step ? findStepTarget(document, step, insideSidebar) : null;
        },
        onCollapsedChange: (collapsed) => void send({ type: 'set-site-ui', host, collapsed }),
        onOwesMoney: (owesMoney) => {
          if (rule) void send({ type: 'set-owes-money', platformId: rule.id, owesMoney });
        },
        // Muted at once (stored), with an undo on the spot; the sidebar goes when the user closes the notice.
        onMute: () => {
          void send({ type: 'mute-site', host });
          prefs.muted = true;
        },
        onUnmute: () => {
          void send({ type: 'unmute-site', host });
          prefs.muted = false;
        },
        onMutedClose: () => {
          sidebar?.unmount();
          sidebar = null;
        },
      },
    });
  };

  let current = evaluate();
  apply(current);
  onShowRequest(() => {
    forceShow = true;
    current = evaluate();
    apply(current);
  });

  // Single-page apps and late content: re-evaluate when the page settles, within a budget.
  watchPage(ctx, {
    settleMs: SETTLE_MS,
    maxPerMinute: MAX_EVALUATIONS_PER_MINUTE,
    onSettled: () => {
      current = evaluate();
      apply(current);
    },
  });
}
