/**
 * "Show me on this page": finds what a person would click for a self-service step: a link, a
 * button, an ARIA widget (tab, menu item, option, list item), a list row, a bottom-navigation
 * item or a clickable `div` of an H5 page, by its visible text, aria-label or title. The most
 * specific wording wins (征信授权 before 授权管理 before 隐私设置), then an exact label over one
 * that merely contains the wording. Reads only; it never changes the page. Bounded: it reads a
 * capped number of text nodes and labelled elements.
 */
import type { GuideStep } from './resolve-guide';

/** Elements a person clicks, whatever the page's framework. */
const INTERACTIVE =
  'a[href], button, summary, input[type="button"], input[type="submit"], [onclick], [tabindex]:not([tabindex="-1"]), ' +
  '[role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="listitem"], [role="treeitem"], [role="switch"]';
/**
 * Rows and entries of H5 pages, whose click handlers are attached by script and cannot be seen:
 * list items, and the class names UI kits give a whole entry (van-cell, weui-cell,
 * am-list-item, van-tabbar-item, setting-row, menu-entry, btn…). A part of an entry
 * (van-cell__title) or a group (van-cell-group, its __title) is not one.
 */
const ROW_CLASS = /(^|[-_])(cell|item|row|entry|tab|btn|button|option)$/i;
function isRowLike(element: Element): boolean {
  if (element.tagName === 'LI') return true;
  for (const name of element.classList) if (ROW_CLASS.test(name)) return true;
  return false;
}
/** Attributes that name icon buttons. */
const LABELLED = '[aria-label], [title]';
/** Never a target: their text is not something to click. */
const NOT_CLICKABLE = 'script, style, noscript, template, textarea, select, option, h1, h2, h3, h4, h5, h6, p, label, title';

const MAX_TEXT_NODES = 20_000;
const MAX_LABELLED = 3_000;
/** A navigation entry is short; long texts are paragraphs that merely mention the word. */
const MAX_TEXT_LENGTH = 24;
/** A row's whole text (label, a hint, an arrow) stays short too; longer is a container. */
const MAX_ROW_TEXT = 40;
/** How far up from a text to look for what is clicked. */
const MAX_CLIMB = 6;

/**
 * Wordings more specific than any step's own, for steps about authorization: an entry that
 * names the credit-report authorization itself is the one to click.
 */
export const CREDIT_AUTHORIZATION_WORDINGS = ['征信授权', '征信查询授权', '个人征信授权', '征信报告查询授权'] as const;

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** The step's wordings, most specific first. */
export function stepWordings(step: GuideStep): string[] {
  const own = [step.label, ...step.synonyms].map(normalize).filter(Boolean);
  const aboutAuthorization = own.some((wording) => wording.includes('授权'));
  return [...new Set([...(aboutAuthorization ? CREDIT_AUTHORIZATION_WORDINGS.map(normalize) : []), ...own])];
}

function isVisible(element: Element): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.hidden || element.closest('[hidden], [aria-hidden="true"]')) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(element);
  const opacity = style.opacity === '' ? 1 : Number(style.opacity);
  return style.visibility !== 'hidden' && style.display !== 'none' && opacity > 0.05;
}

const hasPointer = (element: Element) => element instanceof HTMLElement && getComputedStyle(element).cursor === 'pointer';
const rowTextFits = (element: Element) => normalize(element.textContent ?? '').length <= MAX_ROW_TEXT;

/**
 * What a person clicks to reach `start`: the nearest interactive element; else the outermost
 * element of a `cursor: pointer` run (the pointer is inherited: the row sets it, its spans
 * inherit it); else the nearest row-like element (an entry of a list, a tab bar's item). Only small elements qualify: a container
 * holding half the page is not a row. Null when nothing around it is clickable.
 */
function clickableFor(start: Element): Element | null {
  let pointerTop: Element | null = null;
  let rowLike: Element | null = null;
  let element: Element | null = start;
  for (let level = 0; element && level < MAX_CLIMB; level++, element = element.parentElement) {
    if (element === document.body || element === document.documentElement) break;
    if (!rowTextFits(element)) break;
    if (element.matches(INTERACTIVE)) return element;
    if (hasPointer(element)) pointerTop = element;
    else if (pointerTop) break;
    if (!rowLike && isRowLike(element)) rowLike = element;
  }
  return pointerTop ?? rowLike;
}

interface Match {
  element: Element;
  /** Index of the wording matched: lower is more specific. */
  rank: number;
  exact: boolean;
}

const better = (a: Match, b: Match | null) => !b || a.rank < b.rank || (a.rank === b.rank && a.exact && !b.exact);

function scoreLabel(label: string, wordings: readonly string[]): { rank: number; exact: boolean } | null {
  if (label.length === 0 || label.length > MAX_TEXT_LENGTH) return null;
  for (let rank = 0; rank < wordings.length; rank++) {
    const wording = wordings[rank]!;
    if (label === wording) return { rank, exact: true };
    // The most specific wording the label holds decides, even when a vaguer one equals it.
    if (label.includes(wording)) return { rank, exact: false };
  }
  return null;
}

/** The best visible match for the step on the page, or null. */
export function findStepTarget(root: ParentNode, step: GuideStep, skip?: (element: Element) => boolean): Element | null {
  const wordings = stepWordings(step);
  if (wordings.length === 0) return null;
  let best: Match | null = null;
  const consider = (element: Element | null, label: string) => {
    if (!element) return;
    const score = scoreLabel(label, wordings);
    if (!score) return;
    const match = { element, ...score };
    if (!better(match, best) || skip?.(element) || !isVisible(element)) return;
    best = match;
  };

  // Visible texts: each short text that holds a wording, and what one clicks to reach it.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let count = 0, node = walker.nextNode(); node && count < MAX_TEXT_NODES; count++, node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.nodeValue ?? '';
    if (!parent || text.length > 200) continue;
    const label = normalize(text);
    if (!scoreLabel(label, wordings) || parent.closest(NOT_CLICKABLE)) continue;
    const target = clickableFor(parent);
    if (!target) continue;
    consider(target, label);
    // The whole entry's text counts too ("征信" and "授权管理" in two spans of one row).
    consider(target, normalize(target.textContent ?? ''));
  }

  // Icon buttons: named by aria-label or title only.
  const labelled = root.querySelectorAll(LABELLED);
  for (let index = 0; index < Math.min(labelled.length, MAX_LABELLED); index++) {
    const element = labelled[index]!;
    const target = element.matches(INTERACTIVE) ? element : clickableFor(element);
    if (!target) continue;
    for (const attribute of ['aria-label', 'title']) {
      const value = element.getAttribute(attribute);
      if (value) consider(target, normalize(value));
    }
  }
  const input = root.querySelectorAll('input[type="button"], input[type="submit"]');
  for (let index = 0; index < Math.min(input.length, MAX_LABELLED); index++) {
    const element = input[index] as HTMLInputElement;
    consider(element, normalize(element.value));
  }
  return (best as Match | null)?.element ?? null;
}

/**
 * Which step the user is on, judged from the page's URL path and title: the last step whose
 * wordings or URL keywords appear there (the deepest step wins). -1 when none does.
 */
export function currentStepIndex(steps: readonly (GuideStep & { urlKeywords?: string[] })[], path: string, title: string): number {
  const haystackPath = path.toLowerCase();
  const haystackTitle = normalize(title);
  let found = -1;
  steps.forEach((step, index) => {
    const inTitle = [step.label, ...step.synonyms].some((wording) => haystackTitle.includes(normalize(wording)));
    const inPath = (step.urlKeywords ?? []).some((keyword) =>
      new RegExp(`(^|[/._-])${keyword.toLowerCase().replace(/[^a-z0-9]/g, '')}([/._-]|$)`).test(haystackPath),
    );
    if (inTitle || inPath) found = index;
  });
  return found;
}
