/**
 * Mounts the sidebar in a closed shadow root on a `<credit-auth-sidebar>` host. The host is
 * fixed-position and zero-sized, attached to <html>, so the page's layout never moves.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SidebarApp } from '../../components/SidebarApp';
import type { PlatformGuide } from '../../rules/resolve-guide';
import type { PageKind } from '../../utils/messages';
import type { Translate } from '../../utils/i18n';
import sidebarCss from '../../components/sidebar.css?inline';

export const SIDEBAR_TAG = 'credit-auth-sidebar';

/** Inline !important host styles outrank any page stylesheet rule aimed at the host. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'top: 0',
  'right: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'contain: style',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

interface MountOptions {
  kind: PageKind;
  guide: PlatformGuide;
  host: string;
  t: Translate;
}

function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(sidebarCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = sidebarCss;
    shadow.append(style);
  }
}

export function mountSidebar(ctx: ContentScriptContext, { kind, guide, host, t }: MountOptions): HTMLElement {
  const element = document.createElement(SIDEBAR_TAG);
  element.setAttribute('data-kind', kind);
  element.setAttribute('data-platform', guide.rule.id);
  element.setAttribute('style', HOST_STYLE);
  const shadow = element.attachShadow({ mode: 'closed' });
  adoptStyles(shadow);

  const returnFocusToPage = () => {
    const active = document.activeElement;
    if (active === element) element.blur();
  };

  render(<SidebarApp guide={guide} host={host} t={t} onEscape={returnFocusToPage} />, shadow);
  document.documentElement.append(element);

  ctx.onInvalidated(() => {
    render(null, shadow);
    element.remove();
  });
  return element;
}
