/**
 * Reads what page classification needs from a document, at a bounded cost whatever the page's
 * size: the title and meta tags, headings, logo text, button and link texts, checkbox labels,
 * form labels, and a sampled body text (the start plus evenly spaced slices). Text is read as
 * text (`nodeValue`, attributes), never as markup. Walks at most a few thousand nodes.
 */

export interface PageSample {
  title: string;
  /** meta description */
  description: string;
  /** og:site_name or application-name */
  siteName: string;
  ogType: string;
  headings: string[];
  /** Text of the first logo-like images and elements, in document order. */
  logoTexts: string[];
  /** Button and link texts. */
  actions: string[];
  checkboxLabels: string[];
  /** Form labels, placeholders and select options. */
  formTexts: string[];
  bodyText: string;
  structure: { articleElements: number; forms: number; inputs: number };
}

const LIMITS = {
  field: 200,
  headings: 30,
  logos: 3,
  actionsScanned: 300,
  actionChars: 40,
  checkboxes: 20,
  formItems: 60,
  bodyHeadChars: 7_000,
  bodyHeadNodes: 4_000,
  slices: 8,
  sliceChars: 800,
  sliceNodes: 400,
  /** Per element read through boundedText. */
  elementNodes: 40,
} as const;

const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/** A sample with nothing in it (also the base of hand-made samples in tests). */
export function emptySample(): PageSample {
  return {
    title: '',
    description: '',
    siteName: '',
    ogType: '',
    headings: [],
    logoTexts: [],
    actions: [],
    checkboxLabels: [],
    formTexts: [],
    bodyText: '',
    structure: { articleElements: 0, forms: 0, inputs: 0 },
  };
}

/** Text under `root`, stopping at `maxChars` characters or `maxNodes` text nodes. */
export function boundedText(root: Node, maxChars: number, maxNodes: number = LIMITS.elementNodes): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node && nodes < maxNodes && out.length < maxChars; node = walker.nextNode()) {
    nodes++;
    const parent = node.parentNode?.nodeName;
    if (parent && SKIPPED_PARENTS.has(parent)) continue;
    const value = node.nodeValue;
    if (value) out += value;
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, maxChars);
}

function clip(value: string | null | undefined, max: number = LIMITS.field): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

function metaContent(doc: Document, selector: string): string {
  return clip(doc.querySelector(selector)?.getAttribute('content'));
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

function isLogoLike(el: Element): boolean {
  const hint = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'alt')} ${attr(el, 'src')}`.toLowerCase();
  return hint.includes('logo');
}

/**
 * The first `max` elements with this tag name. `getElementsByTagName` is a live collection
 * evaluated lazily, so on a huge page only the elements read are visited (unlike
 * `querySelectorAll`, which collects every match first).
 */
function firstOf(root: Document | Element, tag: string, max: number): Element[] {
  const live = root.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0; i < max; i++) {
    const el = live[i];
    if (!el) break;
    out.push(el);
  }
  return out;
}

function readLogos(doc: Document): string[] {
  const out: string[] = [];
  // Only the top of the page is searched for a marked logo: a site's own logo sits near the start,
  // and an attribute-substring selector over a whole huge page is not bounded.
  const marked = firstOf(doc, '*', 400).find(
    (el) => el.nodeName !== 'IMG' && /logo/i.test(`${attr(el, 'class')} ${attr(el, 'id')}`),
  );
  const candidates = [...(marked ? [marked] : []), ...firstOf(doc, 'img', 60).filter(isLogoLike)];
  // Document order: the site's own logo normally comes before partner logos.
  candidates.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const el of candidates) {
    if (out.length >= LIMITS.logos) break;
    const img = el.nodeName === 'IMG' ? el : el.querySelector('img');
    const own = el.nodeName === 'IMG' ? '' : boundedText(el, 60, 10);
    const alt = img ? `${attr(img, 'alt')} ${attr(img, 'title')}` : '';
    const text = clip(`${own} ${alt} ${attr(el, 'title')} ${attr(el, 'aria-label')}`, 80);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

function readActions(doc: Document): string[] {
  const out: string[] = [];
  const push = (text: string): void => {
    const value = clip(text, LIMITS.actionChars);
    if (value) out.push(value);
  };
  for (const el of firstOf(doc, 'button', 100)) push(boundedText(el, LIMITS.actionChars, 12) || attr(el, 'aria-label'));
  for (const el of firstOf(doc, 'a', LIMITS.actionsScanned)) {
    push(boundedText(el, LIMITS.actionChars, 12) || attr(el, 'aria-label') || attr(el, 'title'));
  }
  for (const el of firstOf(doc, 'input', 200)) {
    const type = attr(el, 'type').toLowerCase();
    if (type === 'submit' || type === 'button') push(attr(el, 'value'));
  }
  return out;
}

/** Escapes an id for an attribute selector without relying on `CSS.escape` (absent in some DOMs). */
function escapeAttribute(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

function readCheckboxLabels(doc: Document): string[] {
  const out: string[] = [];
  const boxes = firstOf(doc, 'input', 200).filter((el) => attr(el, 'type').toLowerCase() === 'checkbox');
  for (const box of boxes.slice(0, LIMITS.checkboxes)) {
    const id = attr(box, 'id');
    const byFor = id ? doc.querySelector(`label[for="${escapeAttribute(id)}"]`) : null;
    const holder = byFor ?? box.closest('label') ?? box.parentElement;
    const text = holder ? boundedText(holder, LIMITS.field) : attr(box, 'aria-label');
    if (text) out.push(clip(text));
  }
  return out;
}

function readFormTexts(doc: Document): string[] {
  const out: string[] = [];
  const push = (text: string): void => {
    const value = clip(text, 60);
    if (value && out.length < LIMITS.formItems) out.push(value);
  };
  for (const el of firstOf(doc, 'label', 40)) push(boundedText(el, 60, 10));
  for (const el of firstOf(doc, 'legend', 10)) push(boundedText(el, 60, 10));
  for (const el of firstOf(doc, 'input', 200)) push(attr(el, 'placeholder'));
  for (const el of firstOf(doc, 'textarea', 10)) push(attr(el, 'placeholder'));
  for (const el of firstOf(doc, 'option', 30)) push(boundedText(el, 30, 3));
  return out;
}

/**
 * The body's start plus evenly spaced slices. The slices start at elements picked by index
 * from `getElementsByTagName('*')`, and the walker continues from there in document order, so
 * the cost is bounded by the slice caps rather than the page size.
 */
function readBody(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  // Elements and text: elements are counted so that the position matches the index in
  // getElementsByTagName('*') (both are document order), which tells whether a slice's start
  // was already read, without compareDocumentPosition (slow on wide trees).
  const walker = doc.createTreeWalker(body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  const parts: string[] = [];
  let position = -1;

  const collect = (maxChars: number, maxNodes: number): string => {
    let out = '';
    let nodes = 0;
    for (let node = walker.nextNode(); node && nodes < maxNodes && out.length < maxChars; node = walker.nextNode()) {
      nodes++;
      if (node.nodeType === 1) {
        position++;
        continue;
      }
      const parent = node.parentNode?.nodeName;
      if (parent && SKIPPED_PARENTS.has(parent)) continue;
      const value = node.nodeValue;
      if (value) out += `${value} `;
    }
    return out.replace(/\s+/g, ' ').trim().slice(0, maxChars);
  };

  parts.push(collect(LIMITS.bodyHeadChars, LIMITS.bodyHeadNodes));
  const all = body.getElementsByTagName('*');
  const count = all.length;
  for (let k = 1; k <= LIMITS.slices; k++) {
    const index = Math.floor((count * k) / (LIMITS.slices + 1));
    const start = all[index];
    if (!start || index <= position) continue;
    walker.currentNode = start;
    position = index;
    const slice = collect(LIMITS.sliceChars, LIMITS.sliceNodes);
    if (slice) parts.push(slice);
  }
  // '|' marks where text was skipped, so no phrase is matched across a gap.
  return parts.filter(Boolean).join(' | ');
}

/** What classification reads from a page. Never throws: a failing part is left empty. */
export function extractPageSample(doc: Document): PageSample {
  const sample = emptySample();
  const attempt = (read: () => void): void => {
    try {
      read();
    } catch {
      // A hostile or unusual DOM must not break recognition; this part stays empty.
    }
  };
  attempt(() => {
    // The <title> in <head>: `document.title` may search the whole document in some DOMs.
    const title = doc.head?.getElementsByTagName('title')[0];
    sample.title = clip(title ? boundedText(title, LIMITS.field, 4) : '');
  });
  attempt(() => {
    sample.description = metaContent(doc, 'meta[name="description"]');
    sample.siteName = metaContent(doc, 'meta[property="og:site_name"]') || metaContent(doc, 'meta[name="application-name"]');
    sample.ogType = metaContent(doc, 'meta[property="og:type"]');
  });
  attempt(() => {
    for (const tag of ['h1', 'h2', 'h3']) {
      for (const el of firstOf(doc, tag, LIMITS.headings)) {
        const text = boundedText(el, 120);
        if (text && sample.headings.length < LIMITS.headings) sample.headings.push(text);
      }
    }
  });
  attempt(() => {
    sample.logoTexts = readLogos(doc);
  });
  attempt(() => {
    sample.actions = readActions(doc);
  });
  attempt(() => {
    sample.checkboxLabels = readCheckboxLabels(doc);
  });
  attempt(() => {
    sample.formTexts = readFormTexts(doc);
  });
  attempt(() => {
    sample.bodyText = readBody(doc);
  });
  attempt(() => {
    sample.structure = {
      articleElements: doc.querySelector('article') ? 1 : 0,
      forms: firstOf(doc, 'form', 50).length,
      inputs: firstOf(doc, 'input', 500).length,
    };
  });
  return sample;
}
