/**
 * The collapsed sidebar drawn with the DOM alone: what a page pays for while the user keeps the
 * sidebar collapsed (or before the background's answer). The same markup as the Preact edge tab
 * (components/EdgeTab.tsx inside SidebarApp's root), styled by sidebar-shell.css; the panel's
 * code and styles are loaded only when the tab is opened.
 */
import type { Translate } from '../utils/i18n';

export interface ShellTabContent {
  t: Translate;
  /** One line; none before the page is known. */
  summary?: string;
  edge: 'right' | 'left';
}

export interface ShellTab {
  /** The shell's root element (a child of the shadow root). */
  root: HTMLElement;
  /** Whether its button has the focus (inside the shadow root). */
  hasFocus(): boolean;
  /** Redraws the text and the edge, keeping the same elements. */
  update(content: ShellTabContent): void;
  remove(): void;
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

export function drawShellTab(shadow: ShadowRoot, content: ShellTabContent, onExpand: () => void): ShellTab {
  const root = document.createElement('div');
  const wrapper = document.createElement('div');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'edge-tab';
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', onExpand);
  wrapper.append(button);
  root.append(wrapper);
  let summary: HTMLSpanElement | null = null;
  const update = ({ t, summary: line, edge }: ShellTabContent) => {
    root.className = `root is-collapsed${edge === 'left' ? ' is-left' : ''}`;
    // The accessible name is the visible text with the action first (as EdgeTab's).
    const hidden = `${t('sidebar.expand')}: `;
    const mark = t('sidebar.tab');
    if (button.firstChild?.textContent !== hidden || button.children[1]?.textContent !== mark) {
      button.replaceChildren(span('visually-hidden', hidden), span('tab-mark', mark));
      summary = null;
    }
    if (!line) {
      summary?.remove();
      summary = null;
    } else if (summary) {
      if (summary.textContent !== line) summary.textContent = line;
    } else {
      summary = span('tab-summary', line);
      summary.setAttribute('data-tab-summary', '');
      button.append(summary);
    }
  };
  update(content);
  shadow.append(root);
  return {
    root,
    hasFocus: () => shadow.activeElement === button,
    update,
    remove: () => root.remove(),
  };
}
