/**
 * The sidebar on known lending platforms. Runs only on the rules' hosts (matches generated from
 * the rules); the hot path is one host lookup and an early return. The user's choices (muted
 * site, collapsed or not, language, the owe-money answer) are read once from storage; changes
 * go to the background, which validates and stores them.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { findStepTarget, currentStepIndex } from '../../rules/find-step-target';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { buildHostIndex, matchHost } from '../../rules/match-host';
import { resolveGuide } from '../../rules/resolve-guide';
import { createTranslator } from '../../utils/i18n';
import type { MuteSiteMessage, PageRecognizedMessage, SetOwesMoneyMessage, SetSiteUiMessage } from '../../utils/messages';
import { readSidebarPrefs } from '../../utils/sidebar-prefs';
import { mountSidebar } from './mount-sidebar';

/** Flags live in the content scripts' isolated world: the page can neither see nor set them. */
interface IsolatedFlags {
  __creditAuthMounted?: boolean;
  /** Set by the popup's "show the sidebar here", which overrides a muted site. */
  __creditAuthForceShow?: boolean;
}

const send = (message: PageRecognizedMessage | SetSiteUiMessage | MuteSiteMessage | SetOwesMoneyMessage) =>
  // The background may be restarting; nothing here is worth breaking the page for.
  browser.runtime.sendMessage(message).catch(() => undefined);

export default defineContentScript({
  matches: contentScriptMatches(platformRules),
  runAt: 'document_end',
  async main(ctx) {
    const host = location.hostname;
    const rule = matchHost(buildHostIndex(platformRules), host);
    const flags = globalThis as IsolatedFlags;
    if (!rule || flags.__creditAuthMounted) return;
    flags.__creditAuthMounted = true;
    void send({ type: 'page-recognized', kind: 'platform', platformId: rule.id });

    const prefs = readSidebarPrefs(await browser.storage.local.get(['settings', 'site-ui', 'progress']), host, rule.id);
    if (prefs.muted && !flags.__creditAuthForceShow) {
      flags.__creditAuthMounted = false;
      return;
    }
    const guide = resolveGuide(rule, genericGuidance);
    const steps = guide.selfService.steps;
    const stepNow = () => currentStepIndex(steps, location.pathname, document.title);

    const sidebar = mountSidebar(ctx, {
      kind: 'platform',
      app: {
        guide,
        host,
        t: createTranslator(prefs.locale),
        initiallyCollapsed: prefs.collapsed,
        initialOwesMoney: prefs.owesMoney,
        currentStep: stepNow(),
        findStepTarget: (index, insideSidebar) => {
          const step = steps[index];
          return step ? findStepTarget(document, step, insideSidebar) : null;
        },
        onCollapsedChange: (collapsed) => void send({ type: 'set-site-ui', host, collapsed }),
        onOwesMoney: (owesMoney) => void send({ type: 'set-owes-money', platformId: rule.id, owesMoney }),
        onMute: () => {
          void send({ type: 'mute-site', host });
          ctx.abort();
        },
      },
    });

    // Single-page apps: follow in-page navigation and late titles, at most once per 250 ms.
    let pending = 0;
    const refresh = () => {
      if (pending) return;
      pending = ctx.setTimeout(() => {
        pending = 0;
        sidebar.update({ currentStep: stepNow() });
      }, 250);
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) ctx.addEventListener(navigation, 'currententrychange' as never, refresh);
    else ctx.addEventListener(window, 'wxt:locationchange', refresh);
    ctx.addEventListener(window, 'popstate', refresh);
    const titleObserver = new MutationObserver(refresh);
    titleObserver.observe(document.head ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => titleObserver.disconnect());
  },
});
