/**
 * "Show me on this page": finds the link, button, tab or menu item a self-service step refers to,
 * by its visible text, aria-label or title matching the step's label or synonyms. Reads only; it
 * never changes the page. Bounded: it looks at a capped number of candidate elements.
 */
import type { GuideStep } from './resolve-guide';

const CANDIDATES =
  'a[href], button, [role="button"], [role="tab"], [role="menuitem"], [role="link"], input[type="button"], input[type="submit"], summary';
const MAX_CANDIDATES = 3000;
/** A navigation entry is short; long texts are paragraphs that merely mention the word. */
const MAX_TEXT_LENGTH = 24;

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function labelsOf(element: Element): string[] {
  const labels: string[] = [];
  const text = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
  if (text) labels.push(text);
  for (const attribute of ['aria-label', 'title']) {
    const value = element.getAttribute(attribute);
    if (value) labels.push(value);
  }
  return labels.map(normalize).filter((label) => label.length > 0 && label.length <= MAX_TEXT_LENGTH);
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

export interface StepMatch {
  element: Element;
  /** 2: the whole label equals a wording of the step; 1: it contains one. */
  score: 2 | 1;
}

/** The best visible match for the step on the page, or null. Exact wordings beat partial ones. */
export function findStepTarget(root: ParentNode, step: GuideStep, skip?: (element: Element) => boolean): Element | null {
  const wordings = [step.label, ...step.synonyms].map(normalize).filter(Boolean);
  let best: StepMatch | null = null;
  const candidates = root.querySelectorAll(CANDIDATES);
  const count = Math.min(candidates.length, MAX_CANDIDATES);
  for (let index = 0; index < count; index++) {
    const element = candidates[index]!;
    if (skip?.(element)) continue;
    const labels = labelsOf(element);
    if (labels.length === 0) continue;
    let score: 0 | 1 | 2 = 0;
    for (const label of labels) {
      for (const wording of wordings) {
        if (label === wording) score = 2;
        else if (score < 1 && label.includes(wording)) score = 1;
      }
    }
    if (score === 0 || (best && best.score >= score) || !isVisible(element)) continue;
    best = { element, score };
    if (score === 2) break;
  }
  return best?.element ?? null;
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
