/**
 * Mounts the sidebar in a closed shadow root on a `<credit-auth-sidebar>` host. The host is
 * fixed-position and zero-sized, attached to <html>, so the page's layout never moves; it is a
 * manual popover in the top layer, so no page element, z-index, filter or transform covers or
 * distorts it; the page cannot remove it for good, and keys typed in it do not bubble to the page.
 * Out of reach of a content script: the page's capture-phase key listeners on window, document and
 * <body> (they run before the event reaches the shadow root; stopping it there would stop it for the
 * sidebar too), `zoom` on <html> (inherited along the DOM, top layer or not), a page's own modal
 * dialog or later popover (above ours in the top layer), and a page that replaces <html> itself.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SidebarApp, type SidebarAppProps } from '../../components/SidebarApp';
import type { PageKind } from '../messages';
import sidebarCss from '../../components/sidebar.css?inline';

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

/** A page that keeps removing the host gets it back at most this often, so we never fight a loop. */
const MAX_REATTACH_PER_MINUTE = 20;

/** Keyboard events stop at the shadow root: the page's bubble-phase shortcuts never see them. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'] as const;

/** The contract attributes on the host (DESIGN.md): kind, platform, letter. */
export interface HostAttributes {
  kind: PageKind;
  platform: string | null;
  letter: 'one-time' | 'continuous' | 'unclear' | null;
}

interface MountOptions {
  attributes: HostAttributes;
  app: Omit<SidebarAppProps, 'onEscape' | 'onCopy' | 'findStepTarget'> & {
    findStepTarget?: (index: number, insideSidebar: (element: Element) => boolean) => Element | null;
  };
}

export interface MountedSidebar {
  element: HTMLElement;
  /** Re-renders with changed props (e.g. after a navigation) and, if given, new attributes. */
  update(changes: Partial<SidebarAppProps>, attributes?: HostAttributes): void;
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

function adoptStyles(shadow: ShadowRoot): void {
  try {
    // Constructed sheets are not subject to the page's CSP (a <style> under style-src 'self' is).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(sidebarCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = sidebarCss;
    shadow.append(style);
  }
}

export function mountSidebar(ctx: ContentScriptContext, { attributes, app }: MountOptions): MountedSidebar {
  const element = document.createElement(SIDEBAR_TAG);
  let currentAttributes = attributes;
  setAttributes(element, attributes);
  for (const [name, value] of HOST_STYLE) element.style.setProperty(name, value, 'important');
  // Top layer: above any z-index and outside <html>'s filter/transform. Manual: no light dismiss.
  const canPopover = typeof element.showPopover === 'function';
  if (canPopover) element.setAttribute('popover', 'manual');
  const shadow = element.attachShadow({ mode: 'closed' });
  adoptStyles(shadow);

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

  const reattachTimes: number[] = [];
  const mayReattach = () => {
    const now = Date.now();
    while (reattachTimes.length > 0 && now - reattachTimes[0]! > 60_000) reattachTimes.shift();
    if (reattachTimes.length >= MAX_REATTACH_PER_MINUTE) return false;
    reattachTimes.push(now);
    return true;
  };

  // Only <html>'s own children: the host lives there, and pages rarely touch that list.
  const observer = new MutationObserver(() => {
    if (element.isConnected) showOnTop();
    else if (mayReattach()) {
      document.documentElement.append(element);
      showOnTop();
    }
  });
  // The contract attributes are ours: a page rewriting them gets them put back, under the same cap.
  const attributeGuard = new MutationObserver(() => {
    const expected = { ...currentAttributes };
    const actual = {
      kind: element.getAttribute('data-kind'),
      platform: element.getAttribute('data-platform'),
      letter: element.getAttribute('data-letter'),
    };
    if (actual.kind === expected.kind && actual.platform === expected.platform && actual.letter === expected.letter) return;
    if (mayReattach()) setAttributes(element, expected);
  });
  attributeGuard.observe(element, { attributes: true, attributeFilter: ['data-kind', 'data-platform', 'data-letter'] });
  // A page calling hidePopover() on the host: shown again, under the same cap.
  element.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && element.isConnected && mayReattach()) showOnTop();
  });

  const insideSidebar = (candidate: Element) => candidate === element || element.contains(candidate);
  let props: SidebarAppProps = {
    ...app,
    onEscape: returnFocusToPage,
    onCopy: (text) => copyText(shadow, text),
    findStepTarget: (index) => app.findStepTarget?.(index, insideSidebar) ?? null,
  };
  const draw = () => render(<SidebarApp {...props} />, shadow);
  draw();
  document.documentElement.append(element);
  showOnTop();
  observer.observe(document.documentElement, { childList: true });

  let mounted = true;
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    observer.disconnect();
    attributeGuard.disconnect();
    render(null, shadow);
    element.remove();
  };
  ctx.onInvalidated(unmount);
  return {
    element,
    update(changes, nextAttributes) {
      if (!mounted) return;
      if (nextAttributes) {
        currentAttributes = nextAttributes;
        setAttributes(element, nextAttributes);
      }
      props = { ...props, ...changes };
      draw();
    },
    unmount,
  };
}
