/**
 * The page layer's controller: the effects around `decide`. It mounts the shell at once where
 * the page is known to be a platform's, asks the background what it knows about the page, reads
 * the page's letter when the page is idle, renders what `decide` says, and keeps it current
 * after single-page navigation and late content (debounced, budgeted, never dropping the last
 * change). Every evaluation has its own AbortSignal, and the context's invalidation is checked
 * after every await. The engine may throw: an evaluation that fails shows nothing and reports.
 * Shared by the two content scripts (rule hosts; all sites), which pass where knowledge comes from.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { findAuthorizationLetter } from '../rules/find-letter';
import { pageHeadings } from '../rules/sidebar-presentation';
import type { Translate } from '../utils/i18n';
import type { PageKind } from '../utils/messages';
import { sendRequest } from '../utils/send-request';
import { makeTranslator } from '../utils/translator';
import { decide, type DecideInputs, type PageKnowledge, type PageState } from './decide';
import { forceShowRequested, onShowRequest } from './isolated-flags';
import { mountSidebar, type MountedSidebar } from './mount-sidebar';
import { reportPageError, reportSettled } from './report';
import { SHELL_STRINGS } from './shell-strings';
import type { SidebarPanel } from './sidebar-panel';
import { readSidebarPrefs, SIDEBAR_STORED_KEYS } from './sidebar-prefs';
import { watchPage } from './watch-page';

export interface PageSource {
  /** The kind the page is known to be before any answer (the manifest script: a rule's host); null: not known. */
  knownKind: PageKind | null;
  /** Asks the background what it knows about the page; null: not a lending page. */
  fetch(): Promise<PageKnowledge | null>;
  /** Whether the answer can change when the page does (a classification can; a host's rule cannot). */
  changesWithPage: boolean;
  /** The stored choices when already asked for (the sidebar's document_start read); else read here. */
  stored?: Promise<unknown>;
  /** The expanded panel's code, asked for when it is first drawn (page/sidebar-panel.tsx). */
  loadPanel(): Promise<SidebarPanel>;
}

/** Re-evaluation after navigation or new content: quiet for this long first… */
const SETTLE_MS = 400;
/** …and at most this many evaluations a minute (a trailing one follows when the budget reopens). */
const MAX_EVALUATIONS_PER_MINUTE = 12;

const idle = (ctx: ContentScriptContext) =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => resolve(), { timeout: 300 });
    else ctx.setTimeout(resolve, 1);
  });

export async function runPageController(ctx: ContentScriptContext, source: PageSource): Promise<void> {
  const host = location.hostname;
  // Both at once: the answer needs the service worker, the choices only storage.
  const knowledgeFirst = source.fetch();
  knowledgeFirst.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
  const stored: unknown = await (source.stored ?? browser.storage.local.get([...SIDEBAR_STORED_KEYS]).catch(() => ({})));
  if (ctx.isInvalid) return;
  let prefs = readSidebarPrefs(stored, host, '');
  let forceShow = forceShowRequested();

  let sidebar: MountedSidebar | null = null;
  let expandRequested = false;
  let muteNoticeOpen = false;
  let rendered = '';
  let reported = '';
  let current: PageState | null = null;
  let knowledge: PageKnowledge | null = null;
  let letter: DecideInputs['letter'] = null;
  let letterText: string | null = null;

  const unmount = () => {
    sidebar?.unmount();
    sidebar = null;
    rendered = '';
  };

  // The shell: on a rule's host the sidebar is certain, so it is on the page before any answer.
  if (source.knownKind && (!prefs.muted || forceShow)) {
    const shell: Record<string, string> = SHELL_STRINGS[prefs.locale === 'en' ? 'en' : 'zh-CN'];
    sidebar = mountSidebar(ctx, {
      attributes: { kind: source.knownKind, platform: null, letter: null },
      app: null,
      shellT: ((key: string) => shell[key] ?? key) as Translate,
      onShellExpand: () => {
        expandRequested = true;
      },
      shellEdge: prefs.edge,
      loadPanel: source.loadPanel,
    });
  }

  const apply = (state: PageState | null, t: Translate) => {
    current = state;
    if (!state) return unmount();
    const key = `${state.attributes.kind}:${state.attributes.platform ?? ''}`;
    if (key !== reported) {
      reported = key;
      sendRequest('page-recognized', { kind: state.attributes.kind, platformId: state.mode === 'platform' ? state.attributes.platform : null }).catch(
        () => undefined,
      );
    }
    // While the "muted, undo?" notice is up, the sidebar stays as it is.
    if (muteNoticeOpen) return;
    if (!state.visible) return unmount();
    const view = { mode: state.mode, guide: state.guide, title: state.title, findings: state.findings, currentStep: state.currentStep };
    // Most re-evaluations find the page as it was: then there is nothing to render again.
    const signature = JSON.stringify([state.attributes, state.mode, state.currentStep, state.findings]);
    if (signature === rendered) return;
    const firstFill = rendered === '';
    rendered = signature;
    if (sidebar && !firstFill) return sidebar.update(view, state.attributes);
    const app = {
      ...view,
      host,
      t,
      initiallyCollapsed: expandRequested ? false : state.startCollapsed,
      edge: state.edge,
      initialOwesMoney: prefs.owesMoney,
      stepAt: (index: number) => current?.guide?.selfService.steps[index] ?? null,
      onCollapsedChange: (collapsed: boolean) => void sendRequest('set-site-ui', { collapsed }).catch(() => undefined),
      onOwesMoney: (owesMoney: 'yes' | 'no' | 'unknown') => void sendRequest('set-owes-money', { owesMoney }).catch(() => undefined),
      // Muted at once (stored), with an undo on the spot; the sidebar goes when the notice is closed.
      onMute: () => {
        sendRequest('mute-site', {}).catch(() => undefined);
        prefs = { ...prefs, muted: true };
        forceShow = false;
        muteNoticeOpen = true;
      },
      onUnmute: () => {
        sendRequest('unmute-site', {}).catch(() => undefined);
        prefs = { ...prefs, muted: false };
        muteNoticeOpen = false;
      },
      onMutedClose: () => {
        muteNoticeOpen = false;
        unmount();
      },
    };
    if (sidebar) sidebar.fill(app, state.attributes);
    else sidebar = mountSidebar(ctx, { attributes: state.attributes, app, shellT: t, loadPanel: source.loadPanel });
  };

  /** Reads the page's letter (the analysis is the background's: the clause data lives there); true when it changed. */
  const readLetter = async (signal: AbortSignal): Promise<boolean> => {
    const found = findAuthorizationLetter(document);
    if (!found) {
      const had = letter !== null;
      letter = null;
      letterText = null;
      return had;
    }
    if (found.text === letterText && letter) return false;
    const analysis = await sendRequest('analyze-letter', { text: found.text });
    if (signal.aborted || ctx.isInvalid) return false;
    letterText = found.text;
    letter = { ...analysis, inModal: found.inModal };
    return true;
  };

  /** The page's path and title as the last evaluation read them. */
  const currentView = () => `${location.pathname}${location.hash}\u0000${document.title}`;
  let viewRead = '';
  let evaluation: AbortController | null = null;
  const evaluate = async (refetch: boolean) => {
    evaluation?.abort();
    const controller = new AbortController();
    evaluation = controller;
    const { signal } = controller;
    try {
      if (refetch) {
        knowledge = await source.fetch();
        if (signal.aborted || ctx.isInvalid) return;
      }
      if (!knowledge) return apply(null, (() => '') as Translate);
      // Read once per evaluation; the render after the letter reuses them (a later change of the
      // page is the watcher's, with an evaluation of its own).
      const known = knowledge;
      const strings = known.reply.strings;
      const t = makeTranslator(strings, strings) as Translate;
      // Only the owe-money answer depends on which platform this is; the rest of the choices (a
      // mute or its undo since the page loaded included) stay as they are.
      if (known.source === 'platform') prefs = { ...prefs, owesMoney: readSidebarPrefs(stored, host, known.reply.platformId).owesMoney };
      viewRead = currentView();
      const page = {
        host,
        path: location.pathname + location.hash,
        title: document.title,
        headings: pageHeadings(document),
        viewportWidth: window.innerWidth,
      };
      const render = () => apply(decide({ knowledge: known, letter, prefs, forceShow, ...page }), t);
      render();
      // The letter when the page is idle: the guide is on screen first.
      await idle(ctx);
      if (signal.aborted || ctx.isInvalid) return;
      const letterChanged = await readLetter(signal);
      if (signal.aborted || ctx.isInvalid) return;
      if (letterChanged) render();
    } catch (error) {
      if (signal.aborted || ctx.isInvalid) return;
      // Shows nothing rather than something wrong; the e2e build makes the failure visible to tests.
      knowledge = null;
      unmount();
      reportPageError(error);
    } finally {
      if (evaluation === controller && !ctx.isInvalid) reportSettled('page');
    }
  };

  try {
    knowledge = await knowledgeFirst;
  } catch (error) {
    unmount();
    reportPageError(error);
    reportSettled('page');
    return;
  }
  if (ctx.isInvalid) return;
  // The shell's task ends here: the guide is drawn in a task of its own, so neither is a long task
  // on a big page (the answer is often there already, prefetched at document_start).
  if (sidebar) {
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    if (ctx.isInvalid) return;
  }
  await evaluate(false);

  onShowRequest(() => {
    forceShow = true;
    void evaluate(false);
  });

  // Single-page apps and late content: re-evaluate when the page settles, within a budget.
  watchPage(ctx, {
    settleMs: SETTLE_MS,
    maxPerMinute: MAX_EVALUATIONS_PER_MINUTE,
    onSettled: () => void evaluate(source.changesWithPage),
  });
  // A single-page navigation (or a new title) while the first evaluation was under way came before
  // the watcher: it is not left unseen.
  if (viewRead !== '' && currentView() !== viewRead) void evaluate(source.changesWithPage);
}
