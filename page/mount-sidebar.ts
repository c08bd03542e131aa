/**
 * Mounts the sidebar in a closed shadow root on a `<credit-auth-sidebar>` host. The host is
 * fixed-position and zero-sized, attached to <html>, so the page's layout never moves; it is a
 * manual popover in the top layer, so no page element, z-index, filter or transform covers or
 * distorts it; the page cannot remove it for good, and keys typed in it do not bubble to the page.
 * Out of reach of a content script: the page's capture-phase key listeners on window, document and
 * <body> (they run before the event reaches the shadow root; stopping it there would stop it for the
 * sidebar too), `zoom` on <html> (inherited along the DOM, top layer or not), a page's own modal
 * dialog or later popover (above ours in the top layer), and a page that replaces <html> itself.
 *
 * The collapsed sidebar is the shell (page/shell-tab.ts: DOM only, sidebar-shell.css); the panel's
 * code and styles (page/sidebar-panel.tsx) are loaded when the panel is to be drawn, and from then
 * on the panel's SidebarApp draws the sidebar, collapsed or not.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarAppProps } from '../components/SidebarApp';
import type { GuideStep } from '../rules/resolve-guide';
import { edgeTabSummary, sidebarTitle } from '../components/edge-tab-summary';
import type { Translate } from '../utils/i18n';
import type { PageKind } from '../utils/messages';
import shellCss from '../components/sidebar-shell.css?inline';
import { reportPageError } from './report';
import { drawShellTab, type ShellTab, type ShellTabContent } from './shell-tab';
import type { SidebarPanel } from './sidebar-panel';

export const SIDEBAR_TAG = 'credit-auth-sidebar';

/**
 * Also set through the CSSOM (a strict CSP blocks a `style` attribute, never CSSOM writes) so the
 * host is right even before the shadow stylesheet applies; `:host` in sidebar.css repeats these
 * with !important, which outranks any page rule, inline ones included.
 */
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0 0 auto auto'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['background', 'transparent'],
  ['z-index', '2147483647'],
  ['contain', 'style'],
];

/**
 * A page that keeps removing the host (or rewriting its attributes) gets it back after a delay
 * that doubles with each repeat, up to this much: the cost stays bounded while the page goes on,
 * and the sidebar is back within this long once it stops, however long it went on.
 */
const MAX_REPAIR_DELAY_MS = 1_000;
/** Repairs this close together count as one fight; after a quiet spell the delay starts over. */
const QUIET_MS = 5_000;

/** Keyboard events stop at the shadow root: the page's bubble-phase shortcuts never see them. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'] as const;

/** The contract attributes on the host (DESIGN.md): kind, platform, letter. */
export interface HostAttributes {
  kind: PageKind;
  platform: string | null;
  letter: 'one-time' | 'continuous' | 'unclear' | null;
}

export type MountedApp = Omit<SidebarAppProps, 'onEscape' | 'onCopy' | 'findStepTarget'> & {
  /** The guide's step at this index, for the panel's "find it on the page" (the finder is the panel's code). */
  stepAt?: (index: number) => GuideStep | null;
};

interface MountOptions {
  attributes: HostAttributes;
  /** The sidebar; null mounts the shell (the edge tab) until the background's answer fills it. */
  app: MountedApp | null;
  /** The shell's strings (the sidebar's own arrive with the answer). */
  shellT: Translate;
  /** The shell's tab was clicked before the answer came: open expanded when it does. */
  onShellExpand?: () => void;
  /** The edge the user chose, for the shell's tab too. */
  shellEdge?: 'right' | 'left';
  /** The panel's code: loaded on first use (on a rule's host, injected by the background). */
  loadPanel: () => Promise<SidebarPanel>;
}

export interface MountedSidebar {
  element: HTMLElement;
  /** Re-renders with changed props (e.g. after a navigation) and, if given, new attributes. */
  update(changes: Partial<SidebarAppProps>, attributes?: HostAttributes): void;
  /** Replaces the shell (or the sidebar) with this sidebar, rendered afresh. */
  fill(app: MountedApp, attributes: HostAttributes): void;
  unmount(): void;
}

function setAttributes(element: HTMLElement, { kind, platform, letter }: HostAttributes): void {
  element.setAttribute('data-kind', kind);
  if (platform) element.setAttribute('data-platform', platform);
  else element.removeAttribute('data-platform');
  if (letter) element.setAttribute('data-letter', letter);
  else element.removeAttribute('data-letter');
}

/** Clipboard from the page: the async API when the page allows it, else a selection copy. */
async function copyText(shadow: ShadowRoot, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Falls through: the page may not be focused, or a permissions policy may forbid it.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('opacity', '0');
  shadow.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

/** Adds a stylesheet after the ones the shadow root has. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    // Constructed sheets are not subject to the page's CSP (a <style> under style-src 'self' is).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

export function mountSidebar(ctx: ContentScriptContext, options: MountOptions): MountedSidebar {
  const { attributes, app } = options;
  const element = document.createElement(SIDEBAR_TAG);
  let mounted = true;
  let currentAttributes = attributes;
  setAttributes(element, attributes);
  for (const [name, value] of HOST_STYLE) element.style.setProperty(name, value, 'important');
  // Top layer: above any z-index and outside <html>'s filter/transform. Manual: no light dismiss.
  const canPopover = typeof element.showPopover === 'function';
  if (canPopover) element.setAttribute('popover', 'manual');
  const shadow = element.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, shellCss);

  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());

  const returnFocusToPage = () => {
    const active = document.activeElement;
    if (active === element) element.blur();
  };

  const showOnTop = () => {
    if (!canPopover || !element.isConnected || element.matches(':popover-open')) return;
    try {
      element.showPopover();
    } catch {
      // A page's modal dialog or fullscreen element can refuse it; the z-index still applies.
    }
  };

  // Repairs (re-attach, attributes put back, popover re-shown) back off while the page keeps at it.
  let repairs = 0;
  let lastRepair = 0;
  let repairTimer = 0;
  const repairNow = () => {
    repairTimer = 0;
    if (!mounted) return;
    if (!element.isConnected) document.documentElement.append(element);
    if (!sameAttributes()) setAttributes(element, currentAttributes);
    showOnTop();
  };
  const scheduleRepair = () => {
    if (repairTimer || !mounted) return;
    const now = Date.now();
    repairs = now - lastRepair > QUIET_MS ? 1 : repairs + 1;
    lastRepair = now;
    // The first few are immediate; then 50, 100, 200… ms, never more than MAX_REPAIR_DELAY_MS.
    const delay = repairs <= 3 ? 0 : Math.min(MAX_REPAIR_DELAY_MS, 25 * 2 ** (repairs - 3));
    if (delay === 0) repairNow();
    else repairTimer = ctx.setTimeout(repairNow, delay);
  };
  const sameAttributes = () =>
    element.getAttribute('data-kind') === currentAttributes.kind &&
    element.getAttribute('data-platform') === currentAttributes.platform &&
    element.getAttribute('data-letter') === currentAttributes.letter;

  // Only <html>'s own children: the host lives there, and pages rarely touch that list.
  const observer = new MutationObserver(() => {
    if (element.isConnected) showOnTop();
    else scheduleRepair();
  });
  // The contract attributes are ours: a page rewriting them gets them put back.
  const attributeGuard = new MutationObserver(() => {
    if (!sameAttributes()) scheduleRepair();
  });
  attributeGuard.observe(element, { attributes: true, attributeFilter: ['data-kind', 'data-platform', 'data-letter'] });
  // A page calling hidePopover() on the host: shown again.
  element.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && element.isConnected) scheduleRepair();
  });

  const insideSidebar = (candidate: Element) => candidate === element || element.contains(candidate);
  const propsOf = (mountedApp: MountedApp): SidebarAppProps => ({
    ...mountedApp,
    onEscape: returnFocusToPage,
    onCopy: (text) => copyText(shadow, text),
    findStepTarget: (index) => {
      const step = mountedApp.stepAt?.(index);
      return step && panel ? panel.findStepTarget(document, step, insideSidebar) : null;
    },
  });
  let props: SidebarAppProps | null = app ? propsOf(app) : null;
  let generation = 0;
  // The shell until the panel's code is here; then the panel alone.
  let shell: ShellTab | null = null;
  let panel: SidebarPanel | null = null;
  let panelLoad: Promise<void> | null = null;

  const shellContent = (): ShellTabContent => {
    if (!props) return { t: options.shellT, edge: options.shellEdge ?? 'right' };
    const title = sidebarTitle(props.t, props.title, props.guide?.rule.brand);
    return { t: props.t, summary: edgeTabSummary(props.t, props.mode ?? 'platform', title, props.findings ?? null), edge: props.edge ?? 'right' };
  };
  const expandFromShell = () => {
    if (!props) return options.onShellExpand?.();
    props = { ...props, initiallyCollapsed: false };
    props.onCollapsedChange?.(false);
    draw();
  };
  const openPanel = () => {
    panelLoad ??= options.loadPanel().then(
      (loaded) => {
        if (!mounted) return;
        adoptStyles(shadow, loaded.css);
        // The keyboard's place goes over to the panel with the tab that had it.
        if (props && shell?.hasFocus()) props = { ...props, focusOnOpen: true };
        shell?.remove();
        shell = null;
        panel = loaded;
        draw();
      },
      (error: unknown) => {
        // The tab stays, and can be opened again.
        panelLoad = null;
        reportPageError(error);
      },
    );
  };
  const draw = () => {
    if (panel) return panel.render(shadow, props, generation);
    if (shell) shell.update(shellContent());
    else shell = drawShellTab(shadow, shellContent(), expandFromShell);
    if (props && !props.initiallyCollapsed) openPanel();
  };
  draw();
  document.documentElement.append(element);
  showOnTop();
  observer.observe(document.documentElement, { childList: true });

  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    observer.disconnect();
    attributeGuard.disconnect();
    if (repairTimer) clearTimeout(repairTimer);
    panel?.render(shadow, null, generation);
    shell?.remove();
    element.remove();
  };
  ctx.onInvalidated(unmount);
  const applyAttributes = (next: HostAttributes) => {
    currentAttributes = next;
    if (!sameAttributes()) setAttributes(element, next);
  };
  return {
    element,
    update(changes, nextAttributes) {
      if (!mounted) return;
      if (nextAttributes) applyAttributes(nextAttributes);
      if (!props) return;
      props = { ...props, ...changes };
      draw();
    },
    fill(nextApp, nextAttributes) {
      if (!mounted) return;
      applyAttributes(nextAttributes);
      props = propsOf(nextApp);
      generation++;
      draw();
    },
    unmount,
  };
}
