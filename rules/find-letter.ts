/**
 * Finds the credit-report authorization letter on a page, wherever real lenders put it: under a
 * heading of any of the titles in letter-finder.json (个人征信查询授权委托书, 个人信息查询及留存授权书,
 * 授权书（个人征信业务）, a table row heading written one character per line…), in a modal, a collapsed
 * <details>, a scroll box, a <pre> or <textarea>, a same-origin iframe, or with no heading at all (a
 * body in the first person that authorizes credit-report queries, e.g. a clause of an application
 * form). With several agreements on one page it picks the credit one. Text that only mentions or
 * quotes a letter (a checkbox label, a link, an article, a FAQ answer, a forum post) is not a letter.
 * Reads a bounded number of elements; never throws.
 */
import type { LetterFinder } from './classifier-schema';
import bundledFinder from './letter-finder.json';
import { boundedText } from './page-sample';

export interface FoundLetter {
  /** The letter's heading as shown, or null when it has none. */
  title: string | null;
  /** The letter's text, read as text (bounded). */
  text: string;
  /** The letter sits in a dialog or modal layer (possibly hidden until opened). */
  inModal: boolean;
  element: Element;
}

const finder = bundledFinder as LetterFinder;
const STRONG_TITLE = new RegExp(finder.titlePattern);
const GENERIC_TITLE = new RegExp(finder.genericTitlePattern);
const CREDIT_AUTHORIZATION = new RegExp(finder.creditAuthorizationPattern);
const CREDIT_WORDS = new RegExp(finder.creditWordsPattern);
const CREDIT_PURPOSE = new RegExp(finder.creditPurposePattern);
const SELF_REFERENCE = new RegExp(finder.selfReferencePattern);
const LEAD_IN = new RegExp(finder.leadInPattern);
const ITEM = new RegExp(finder.itemPattern);
const CLAUSE = {
  party: new RegExp(finder.clause.partyPattern),
  consent: new RegExp(finder.clause.consentPattern, 'g'),
  query: new RegExp(finder.clause.queryPattern),
  // What a query is of: a credit word, or a bureau (信用基础数据库 names no credit word of its own).
  creditObject: new RegExp(`${finder.creditWordsPattern}|${finder.clause.bureauPattern}`),
  report: new RegExp(finder.clause.reportPattern),
  bureau: new RegExp(finder.clause.bureauPattern),
};
/** The same patterns, global, for walking their matches. */
const CLAUSE_GLOBAL = {
  party: new RegExp(finder.clause.partyPattern, 'g'),
  query: new RegExp(finder.clause.queryPattern, 'g'),
  report: new RegExp(finder.clause.reportPattern, 'g'),
};
/** A consent word that is being withdrawn, refused or waived is no consent (撤回授权, 未经同意, 无需另行授权). */
const NOT_CONSENT = /(撤回|撤销|取消|解除|关闭|拒绝|未经|无需|无须|不再|不得|不予|另行|重新)[^，,。；;]{0,2}$/;
/** What follows a consent word that makes it a noun: 授权书, 同意函, 授权协议… */
const CONSENT_NOUN = /^(委托)?(书|协议|函|条款|声明|码|页|记录|状态|管理|期限|范围|方式|事项)/;
const SENTENCE_END = /[。！!？?\n]/;
const QUERY_VERB = CLAUSE.query;
const HANDLES_INFORMATION = /查询|提供|使用|采集|报送/;

export const MAX_LETTER_CHARS = 30_000;

/** How near its consent the consenting party is named, and how near the consent the act and its object are. */
const PARTY_WINDOW = 30;
const ACT_WINDOW = 120;
const OBJECT_WINDOW = 40;
/** Another subject between the party and the consent: the platform speaking (我们同意…), not the party. */
const OTHER_SUBJECT = /我们|我司|我行|本平台|本公司|本行/;

/** A verb of `verb` (a global pattern) in `text` with an object of `object` within OBJECT_WINDOW characters of it, either side. */
function actOn(text: string, verb: RegExp, object: RegExp): boolean {
  verb.lastIndex = 0;
  for (let match = verb.exec(text); match; match = verb.exec(text)) {
    const near = text.slice(Math.max(0, match.index - OBJECT_WINDOW), match.index + match[0].length + OBJECT_WINDOW);
    if (object.test(near)) return true;
  }
  return false;
}

/**
 * Whether one sentence authorizes a credit query, in whatever order its parts come: a party named
 * just before a consent word (not withdrawn, waived or a noun, no other subject between), and
 * after the consent a query verb near a credit object, or a report verb near a bureau; or the
 * party's consent closing the sentence after the query (…可以到信用信息管理机构查询，乙方对此表示同意).
 */
function clauseAuthorizes(sentence: string): boolean {
  if (sentence.length < 12 || !CLAUSE.party.test(sentence)) return false;
  if (!CLAUSE.creditObject.test(sentence)) return false;
  CLAUSE.consent.lastIndex = 0;
  for (let match = CLAUSE.consent.exec(sentence); match; match = CLAUSE.consent.exec(sentence)) {
    const before = sentence.slice(Math.max(0, match.index - PARTY_WINDOW), match.index);
    if (NOT_CONSENT.test(before.slice(-6))) continue;
    const partyAt = lastIndexOf(before, CLAUSE_GLOBAL.party);
    if (partyAt < 0 || OTHER_SUBJECT.test(before.slice(partyAt + 1))) continue;
    const after = sentence.slice(match.index + match[0].length);
    // A noun (授权书, 授权协议) names a letter; it grants nothing here.
    if (CONSENT_NOUN.test(after)) continue;
    const act = after.slice(0, ACT_WINDOW);
    if (actOn(act, CLAUSE_GLOBAL.query, CLAUSE.creditObject) || actOn(act, CLAUSE_GLOBAL.report, CLAUSE.bureau)) return true;
    // The consent closes the sentence, after what it consents to.
    if (after.length <= 8 && actOn(sentence.slice(Math.max(0, match.index - ACT_WINDOW), match.index), CLAUSE_GLOBAL.query, CLAUSE.creditObject)) return true;
  }
  return false;
}

/** Where the last match of `pattern` (a global pattern) in `text` starts, or -1. */
function lastIndexOf(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let at = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) at = match.index;
  return at;
}

/** The text authorizes a credit-report query: the letter patterns, or one of its sentences read clause by clause. */
function authorizesCredit(text: string): boolean {
  if (CREDIT_AUTHORIZATION.test(text)) return true;
  const max = finder.clause.maxSentenceChars;
  for (const sentence of text.split(SENTENCE_END)) if (sentence.length >= 12 && clauseAuthorizes(sentence.slice(0, max))) return true;
  return false;
}

const TITLE_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'summary', 'caption', 'legend', 'dt', 'th', 'td', 'strong', 'b', 'p', 'div', 'span'];
const BODY_TAGS = ['p', 'li', 'td', 'dd', 'div', 'section'];
const MAX_TITLE_CANDIDATES = 1_500;
const MAX_BODY_CANDIDATES = 800;
const MAX_FRAMES = 4;
const MODAL_HINT = /modal|dialog|popup|layer|mask|agreement|protocol|xieyi/i;
/** A mention in a checkbox label, a link or a button is not the letter itself. */
const MENTION_CONTAINERS = 'label, a, button, option';
/** Places where a page quotes or discusses a letter rather than presenting it. */
const QUOTE_CONTAINERS =
  'blockquote, q, cite, [class*="comment" i], [class*="reply" i], [class*="quote" i], [class*="forum" i], [class*="faq" i], [class*="question" i], [class*="answer" i], [class*="post-content" i], [class*="thread" i], [class*="topic" i]';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text of an element and its children two levels down, at most `max` characters: enough for
 * a title or a clause, and much cheaper than a tree walk on the thousands of elements scanned.
 */
function shortText(el: Element, max: number, depth = 2): string {
  let out = '';
  for (let node = el.firstChild; node && out.length < max; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && depth > 0 && !SKIPPED.has(node.nodeName)) out += shortText(node as Element, max - out.length, depth - 1);
  }
  return out.length > max ? out.slice(0, max) : out;
}

/**
 * The first characters of the words a candidate's short text must hold (its cheap test): a title
 * names 授权 or 声明; a body holds a credit word, so one of the first characters of the credit-word
 * pattern's alternatives. Null when an alternative does not start with a plain character (then
 * every element is looked at, as without this prefilter).
 */
/** Every letter title names one of these (titleOf's cheap test). */
const TITLE_WORDS = /授权|声明/;
const TITLE_HINTS: readonly string[] = ['授', '声'];
const BODY_HINTS: readonly string[] | null = firstCharacters(finder.creditWordsPattern);
/** Both sets of hints, for the one walk over a document's text nodes. */
const ALL_HINTS: readonly string[] | null = BODY_HINTS && [...new Set([...TITLE_HINTS, ...BODY_HINTS])];

/** The first character of each top-level alternative of a pattern, or null when one is not a plain CJK character. */
export function firstCharacters(pattern: string): string[] | null {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(pattern.slice(start));
  const firsts = new Set<string>();
  for (const alternative of alternatives) {
    const first = alternative[0];
    // A plain character that the pattern must match as itself, not followed by a quantifier that could skip it.
    if (!first || !/[\u3400-\u9fff]/.test(first) || /^[?*{]/.test(alternative.slice(1))) return null;
    firsts.add(first);
  }
  return [...firsts];
}

/**
 * The elements of `tags` whose short text (`shortText`: text children up to three levels down)
 * can hold a word that starts with one of `hints`, in document order, grouped by `tags`' order;
 * null when the document cannot be searched for text (then every element is a candidate). On a
 * page of thousands of elements without such words, the finder looks at none of them.
 */
function candidates(texts: readonly Node[] | null, hints: readonly string[] | null, tags: readonly string[]): Element[][] | null {
  if (!texts || !hints) return null;
  const pattern = new RegExp(hints.join('|'));
  const wanted = new Set(tags);
  const found = new Set<Element>();
  for (const text of texts) {
    if (!pattern.test(text.nodeValue ?? '')) continue;
    // The three elements above a text node see it through their short text, unless a skipped element is between.
    let el = text.parentElement;
    for (let level = 0; el && level < 3; level++, el = el.parentElement) {
      if (SKIPPED.has(el.nodeName)) break;
      if (wanted.has(el.localName)) found.add(el);
    }
  }
  const ordered = [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return tags.map((tag) => ordered.filter((el) => el.localName === tag));
}

/**
 * The text nodes of a document that hold one of `hints`, in document order; null when it cannot be
 * searched. The document's whole text (native, cheap) is tested first: most pages hold no letter
 * word at all, and then no node is visited.
 */
function textNodesWith(doc: Document, hints: readonly string[]): Node[] | null {
  if (typeof doc.createTreeWalker !== 'function') return null;
  const pattern = new RegExp(hints.join('|'));
  if (!pattern.test(doc.documentElement?.textContent ?? '')) return [];
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (pattern.test(node.nodeValue ?? '')) out.push(node);
  return out;
}

/** The candidates found, or without a prefilter each of `tags`' elements in that order (live collections, read lazily). */
function* everyElement(doc: Document, tags: readonly string[], found: Element[][] | null): Generator<Element> {
  if (found) {
    for (const group of found) yield* group;
    return;
  }
  for (const tag of tags) {
    const live = doc.getElementsByTagName(tag);
    for (let i = 0; i < live.length; i++) yield live[i]!;
  }
}

interface Candidate {
  found: FoundLetter;
  score: number;
}

function isModal(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
    if (node.nodeName === 'DIALOG' || node.getAttribute('role') === 'dialog' || node.getAttribute('aria-modal') === 'true') return true;
    if (MODAL_HINT.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** The block right before an element asks a question: the element answers it (a FAQ). */
function answersQuestion(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const previous = node.previousElementSibling;
    if (previous) return /[？?]\s*$/.test(boundedText(previous, 200, 20));
  }
  return false;
}

/** An editorial page (news, blog, Q&A): what it shows about letters is quoted, not signed. */
function isEditorial(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(ogType)) return true;
  const article = doc.getElementsByTagName('article')[0];
  return !!article && !!article.querySelector('time, [class*="author" i], [rel="author"]');
}

function fold(text: string): string {
  try {
    return text.normalize('NFKC');
  } catch {
    return text;
  }
}

/** The title a short element shows, if it is a letter title and most of the element's text. */
function titleOf(el: Element): { title: string; strong: boolean } | null {
  // A title is a short element: a few inline children at most (a heading written one character a
  // line has a <br> after each character).
  if (el.childElementCount > 24) return null;
  const own = shortText(el, 80).replace(/\s+/g, ' ').trim();
  // Every title names an authorization or a declaration: a cheap test before the patterns.
  if (own.length < 3 || own.length > 48 || !TITLE_WORDS.test(own)) return null;
  const text = fold(own);
  const match = STRONG_TITLE.exec(text) ?? GENERIC_TITLE.exec(text);
  if (!match) return null;
  const bare = text.replace(/[《》【】\s]/g, '');
  const strong = STRONG_TITLE.test(match[0]);
  // A plain heading that ends in a credit title and is no sentence is the title whole (借款业务及征信查询授权书).
  if (strong && el.childElementCount === 0 && bare.endsWith(match[0].replace(/[《》【】\s]/g, '')) && bare.length <= 30 && !/[，,。；;：:！!？?]/.test(bare)) return { title: bare, strong };
  // Otherwise the title must be most of the element's text, not a phrase inside a sentence.
  if (match[0].length < bare.length * 0.6) return null;
  return { title: match[0], strong };
}

/** A body under a letter title: it authorizes or consents to queries; under a generic title, of credit reports. */
function isCreditBody(text: string, title: { strong: boolean }): boolean {
  if (!/授权|同意|委托/.test(text) || !/查询|报送|使用|采集|获取/.test(text)) return false;
  // A generic title (查询授权书, 个人信息查询及使用授权书) counts only over a credit-report body, or
  // one that authorizes queries for a credit decision (授信审批, 贷后管理).
  return title.strong || CREDIT_WORDS.test(text) || (QUERY_VERB.test(text) && CREDIT_PURPOSE.test(text));
}

/** The nearest ancestor of a title that holds a letter body: it authorizes queries. */
function bodyFor(el: Element, title: { title: string; strong: boolean }): Element | null {
  const own = shortText(el, 80).replace(/\s+/g, ' ').trim();
  for (let node = el.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
    const body = boundedText(node, MAX_LETTER_CHARS, 4_000);
    if (body.length - own.length < 30) continue;
    const rest = fold(body.replace(own, ''));
    return isCreditBody(rest, title) ? node : null;
  }
  return null;
}

/** A heading that names an agreement (…协议, …授权书, …须知): where the previous agreement ends. */
const AGREEMENT_HEADING = /(协议|合同|授权书|委托书|须知|告知书|承诺书|确认书|政策|授权函)》?$/;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN', 'STRONG', 'B', 'DT', 'HEADER']);

function isAgreementHeading(el: Element): boolean {
  if (!HEADING_TAGS.has(el.nodeName) || el.childElementCount > 4) return false;
  const text = shortText(el, 60).replace(/[\s《》【】]/g, '');
  return text.length >= 4 && text.length <= 30 && !/[，,。；;：:]|同意|已阅读/.test(text) && AGREEMENT_HEADING.test(text);
}

/**
 * When the letter's container also holds another agreement under its own heading (two letters in
 * one modal, an H5 page of several agreements), the letter is its own section only: from its title
 * (or the agreement heading before it) up to the next agreement heading. Null otherwise.
 */
function sectionOf(node: Element, inner: Element, fromInner: boolean): Element[] | null {
  let head: Element | null = inner;
  while (head && head.parentElement !== node) head = head.parentElement;
  if (!head || node.childElementCount > 200) return null;
  const siblings = Array.from(node.children);
  const at = siblings.indexOf(head);
  const headings = siblings.map((sibling) => sibling !== head && isAgreementHeading(sibling));
  if (!headings.includes(true)) return null;
  let from = at;
  if (!fromInner) while (from > 0 && !headings[from]) from--;
  let to = at + 1;
  while (to < siblings.length && !headings[to]) to++;
  return siblings.slice(from, to);
}

/** The section at the innermost level between `inner` and `node` that holds another agreement heading. */
function innermostSection(node: Element, inner: Element, fromInner: boolean): Element[] | null {
  for (let level = inner.parentElement; level && node.contains(level); level = level.parentElement) {
    const section = sectionOf(level, inner, fromInner);
    if (section) return section;
    if (level === node) break;
  }
  return null;
}

const sectionText = (section: Element[]): string =>
  section.map((part) => boundedText(part, MAX_LETTER_CHARS, 4_000)).join(' ').slice(0, MAX_LETTER_CHARS);

function titled(doc: Document, texts: readonly Node[] | null, out: Candidate[]): void {
  let seen = 0;
  for (const el of everyElement(doc, TITLE_TAGS, candidates(texts, TITLE_HINTS, TITLE_TAGS))) {
    if (seen++ >= MAX_TITLE_CANDIDATES) break;
    const title = titleOf(el);
    if (!title || el.closest(MENTION_CONTAINERS) || el.closest(QUOTE_CONTAINERS)) continue;
    const node = bodyFor(el, title);
    if (!node || out.some((c) => c.found.element === node)) continue;
    const section = innermostSection(node, el, true);
    const text = section ? sectionText(section) : boundedText(node, MAX_LETTER_CHARS, 4_000);
    // The title's own section must still be a credit letter.
    if (section && !isCreditBody(fold(text), title)) continue;
    const score = (title.strong ? 2 : 0) + (authorizesCredit(fold(text)) ? 2 : 0);
    out.push({ found: { title: title.title, text, inModal: isModal(node), element: node }, score });
  }
}

/** <pre> and <textarea> hold a whole letter as one text, title included. */
function preformatted(doc: Document, out: Candidate[]): void {
  for (const tag of ['pre', 'textarea']) {
    const live = doc.getElementsByTagName(tag);
    for (let i = 0; i < live.length && i < 40; i++) {
      const el = live[i]!;
      if (el.closest(QUOTE_CONTAINERS)) continue;
      const text = boundedText(el, MAX_LETTER_CHARS, 200);
      const head = fold(text.slice(0, 60));
      const title = STRONG_TITLE.exec(head) ?? GENERIC_TITLE.exec(head);
      if (!authorizesCredit(fold(text))) continue;
      out.push({ found: { title: title ? title[0] : null, text, inModal: isModal(el), element: el }, score: title ? 3 : 1 });
    }
  }
}

/** The block just before an item (or before its row or list item) is a consent that ends in a colon. */
function followsLeadIn(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    let previous = node.previousElementSibling;
    // A row's number cell or a checkbox is not the lead-in: look past it.
    while (previous && shortText(previous, 8).trim().length < 6) previous = previous.previousElementSibling;
    // Earlier items of the same list ((1)…, 2.…) sit between an item and its lead-in.
    const isItem = ITEM.test(fold(shortText(node, 12)));
    for (let items = 0; previous && items < 12; items++) {
      const text = fold(shortText(previous, 400).replace(/\s+/g, ' ').trim());
      if (LEAD_IN.test(text)) return true;
      if (!isItem || !ITEM.test(text)) return false;
      previous = previous.previousElementSibling;
    }
    if (previous) return false;
  }
  return false;
}

/**
 * No heading: the smallest element whose text authorizes credit-report queries in the first
 * person, widened to the block that holds the neighbouring clauses (purposes, term).
 */
function untitled(doc: Document, texts: readonly Node[] | null, out: Candidate[]): void {
  let seen = 0;
  for (const el of everyElement(doc, BODY_TAGS, candidates(texts, BODY_HINTS, BODY_TAGS))) {
    if (seen++ >= MAX_BODY_CANDIDATES) break;
    // Leaf-ish blocks only: a container is reached by widening from its clause.
    if (el.childElementCount > 6) continue;
    const raw = shortText(el, 800);
    // Credit words are CJK, which NFKC leaves alone: test them before folding.
    if (raw.length < 16 || !CREDIT_WORDS.test(raw)) continue;
    const text = fold(raw.replace(/\s+/g, ' '));
    // Or an item that queries credit data after a consent lead-in (本人同意并授权贵司：（1）查询…).
    const authorizes = authorizesCredit(text) || (QUERY_VERB.test(text) && followsLeadIn(el));
    // Or a clause about credit information in a block that calls itself an authorization.
    if (!authorizes && !HANDLES_INFORMATION.test(text)) continue;
    if (el.closest(MENTION_CONTAINERS) || el.closest(QUOTE_CONTAINERS) || answersQuestion(el)) continue;
    let node: Element = el;
    for (let depth = 0; depth < 3 && node.parentElement && node.parentElement !== doc.body; depth++) {
      const wider = boundedText(node.parentElement, MAX_LETTER_CHARS, 4_000);
      if (wider.length > 8_000) break;
      node = node.parentElement;
    }
    if (out.some((c) => c.found.element === node || c.found.element.contains(node) || node.contains(c.found.element))) continue;
    const section = node === el ? null : innermostSection(node, el, false);
    const body = section ? sectionText(section) : boundedText(node, MAX_LETTER_CHARS, 4_000);
    if (!authorizes && !SELF_REFERENCE.test(fold(body))) continue;
    out.push({ found: { title: null, text: body, inModal: isModal(node), element: node }, score: 0 });
  }
}

/** Pasted lines: a lead-in (本人同意并授权：) followed by list items, one of which queries credit data. */
function itemsAfterLeadIn(text: string): boolean {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line.length > 0);
  for (let i = 0; i < lines.length; i++) {
    if (!LEAD_IN.test(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && j <= i + 12 && ITEM.test(lines[j]!); j++) {
      if (QUERY_VERB.test(lines[j]!) && CREDIT_WORDS.test(lines[j]!)) return true;
    }
  }
  return false;
}

/**
 * Whether a pasted text is (part of) a credit-report authorization letter: it authorizes credit
 * queries, carries a letter title over an authorizing body, or calls itself an authorization
 * about credit information. For the popup's check, which must say when the text is not a letter.
 */
export function isLetterText(input: string): boolean {
  try {
    const text = fold(typeof input === 'string' ? input.slice(0, MAX_LETTER_CHARS) : '');
    if (authorizesCredit(text)) return true;
    if (STRONG_TITLE.test(text) && /授权|同意/.test(text) && /查询|报送|使用|采集|获取/.test(text)) return true;
    if (SELF_REFERENCE.test(text) && CREDIT_WORDS.test(text) && HANDLES_INFORMATION.test(text)) return true;
    if (GENERIC_TITLE.test(text) && SELF_REFERENCE.test(text) && CREDIT_PURPOSE.test(text) && QUERY_VERB.test(text) && /授权|同意/.test(text)) return true;
    return itemsAfterLeadIn(text);
  } catch {
    return false;
  }
}

function framesOf(doc: Document): Document[] {
  const out: Document[] = [];
  const frames = doc.getElementsByTagName('iframe');
  for (let i = 0; i < frames.length && out.length < MAX_FRAMES; i++) {
    try {
      // Null (or a throw) for a cross-origin frame: only same-origin frames are read.
      const inner = (frames[i] as HTMLIFrameElement).contentDocument;
      if (inner?.body) out.push(inner);
    } catch {
      // Cross-origin: not readable, not a letter we can show.
    }
  }
  return out;
}

function search(doc: Document, out: Candidate[]): void {
  // One walk over the document's text serves both kinds of candidate (null: every element is one).
  const texts = ALL_HINTS ? textNodesWith(doc, ALL_HINTS) : null;
  titled(doc, texts, out);
  preformatted(doc, out);
  if (out.length === 0 && !isEditorial(doc)) untitled(doc, texts, out);
}

/**
 * The credit-report authorization letter on the page (or in a same-origin iframe): the best
 * titled one, else a preformatted one, else an untitled body; null when there is none.
 */
export function findAuthorizationLetter(doc: Document): FoundLetter | null {
  try {
    const candidates: Candidate[] = [];
    search(doc, candidates);
    if (candidates.length === 0) for (const inner of framesOf(doc)) search(inner, candidates);
    let best: Candidate | null = null;
    for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
    return best?.found ?? null;
  } catch {
    // A hostile DOM means no letter, not a broken page.
    return null;
  }
}
