/**
 * Authorization-letter analysis: reads a letter's clauses (who is authorized, purposes, term,
 * sharing, irrevocability, how to withdraw) to tell a one-time authorization from a continuous
 * one, and says what the law means for a 不可撤销 claim and for 贷后管理 (finding the letter on a
 * page is rules/find-letter.ts).
 * Clause patterns and their meanings are data (letter-clauses.json). Negations ("不用于贷后
 * 管理") flip a clause; clauses that contradict each other make the verdict `unclear`, with
 * both quoted. Pure and deterministic; never throws.
 */
import type { LetterClauses } from './classifier-schema';
import bundledClauses from './letter-clauses.json';
import finderData from './letter-finder.json';

export type LetterVerdict = 'one-time' | 'continuous' | 'unclear';
export type LetterSignal = 'one-time' | 'continuous';

export interface LetterClause {
  id: string;
  aspect: 'party' | 'purpose' | 'term' | 'scope' | 'sharing' | 'irrevocability' | 'withdrawal';
  /** What this clause says about the kind of authorization, if anything. */
  signal: LetterSignal | null;
  /** The clause names something only to exclude or limit it. */
  negated: boolean;
  /** A short excerpt of the input (after NFKC and whitespace folding). */
  quote: string;
  meaning: string;
}

/** What the law means for a clause of the letter: its quote and the explanation. */
export interface LetterNote {
  id: 'irrevocable' | 'post-loan';
  quote: string;
  explanation: string;
}

export interface LetterAnalysis {
  verdict: LetterVerdict;
  reason: string;
  /** The clauses the verdict rests on; for a contradiction, both sides. */
  deciding: LetterClause[];
  /** Every recognized clause, in text order. */
  clauses: LetterClause[];
  /** 不可撤销 (PIPL art. 15) and 贷后管理 (2005 order art. 12/13): what they mean for withdrawing. */
  notes: LetterNote[];
  title: string | null;
  /** Set when the input was longer than MAX_LETTER_CHARS: where it was cut, and the text just before. */
  cut: { at: number; tail: string } | null;
}

const clausesData = bundledClauses as LetterClauses;

interface CompiledClause {
  data: LetterClauses['clauses'][number];
  re: RegExp;
  sentenceMust: RegExp | null;
}

const compiled = {
  clauses: clausesData.clauses.map(
    (data): CompiledClause => ({ data, re: new RegExp(data.pattern, 'g'), sentenceMust: data.sentenceMust ? new RegExp(data.sentenceMust) : null }),
  ),
  exclusion: new RegExp(clausesData.negations.exclusion),
  limitation: new RegExp(clausesData.negations.limitation),
  postLoanNote: new RegExp(clausesData.postLoanNotePattern),
  contractSubject: new RegExp(clausesData.contractTerm.subjectPattern),
  aboutAuthorization: new RegExp(clausesData.contractTerm.aboutAuthorizationPattern),
  authorizationDocument: new RegExp(clausesData.contractTerm.documentPattern),
  termLink: new RegExp(clausesData.contractTerm.linkPattern),
  title: new RegExp(finderData.titlePattern),
};

/** Letters beyond this are cut: real ones are a few thousand characters. */
export const MAX_LETTER_CHARS = 30_000;
const MAX_QUOTE = 60;
const MAX_MATCHES_PER_CLAUSE = 20;
/** How far before a list item its lead-in may be (for a clause's `sentenceMust`). */
const SENTENCE_CONTEXT = 60;
const SENTENCE_BREAK = /[。；;！!？?\n]/;
const CLAUSE_BREAK = /[，,。；;！!？?\n]/;

function cutOf(text: unknown): LetterAnalysis['cut'] {
  if (typeof text !== 'string' || text.length <= MAX_LETTER_CHARS) return null;
  return { at: MAX_LETTER_CHARS, tail: text.slice(MAX_LETTER_CHARS - 16, MAX_LETTER_CHARS).replace(/\s+/g, ' ').trim() };
}

function prepare(text: unknown): string {
  if (typeof text !== 'string') return '';
  let out = text.slice(0, MAX_LETTER_CHARS);
  try {
    out = out.normalize('NFKC');
  } catch {
    // Keep the text as given.
  }
  return out.replace(/\r\n?/g, '\n').replace(/[ \t\u3000\u00a0\u200b]+/g, ' ');
}

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !SENTENCE_BREAK.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !SENTENCE_BREAK.test(text[b]!)) b++;
  return [a, b];
}

/** The sentence around a match, cut to a short window centred on the match. */
function quoteOf(text: string, start: number, end: number): string {
  const [a, b] = sentenceBounds(text, start, end);
  if (b - a <= MAX_QUOTE) return text.slice(a, b).trim();
  const room = Math.max(0, MAX_QUOTE - (end - start));
  const from = Math.max(a, start - Math.floor(room / 2));
  const to = Math.min(b, Math.max(end, from + MAX_QUOTE));
  return text.slice(from, to).trim();
}

/** The same-clause text before a match (up to 14 characters), where a negation would sit. */
function prefixOf(text: string, start: number): string {
  let a = start;
  while (a > 0 && start - a < 14 && !CLAUSE_BREAK.test(text[a - 1]!)) a--;
  return text.slice(a, start);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses "30", "三", "十二", "二十四", "一百八十" (enough for terms in letters); NaN otherwise. */
export function parseCount(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  let total = 0;
  let current = 0;
  for (const ch of raw) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return Number.NaN;
  }
  return total + current;
}

const NUM = '(\\d{1,4}|[零一二两三四五六七八九十百]{1,5})';
const TERM_PATTERNS = [
  new RegExp(`(授权|委托)?有效期(限)?[^。；;\\n]{0,16}?${NUM}(个)?(年|月|日|天|工作日)`, 'g'),
  new RegExp(`(授权|委托)(的)?期限[^。；;\\n]{0,16}?${NUM}(个)?(年|月|日|天|工作日)`, 'g'),
  new RegExp(`${NUM}(个)?(年|月|日|天|工作日)(以)?内(有效|失效)`, 'g'),
];
const UNIT_DAYS: Record<string, number> = { 年: 365, 月: 30, 日: 1, 天: 1, 工作日: 1 };

interface Found extends LetterClause {
  start: number;
  sentence: [number, number];
  /** A one-time scope that gives way to a continuous clause in its sentence, or anywhere in the letter. */
  yields: 'sentence' | 'letter' | false;
}

function findTerms(text: string): Found[] {
  const out: Found[] = [];
  const isAuthorization = contractTermsCount(text);
  for (const re of TERM_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < MAX_MATCHES_PER_CLAUSE; m = re.exec(text), n++) {
      const numberMatch = new RegExp(`${NUM}(个)?(年|月|日|天|工作日)`).exec(m[0]);
      if (!numberMatch) continue;
      const count = parseCount(numberMatch[1]!);
      const unit = numberMatch[3]!;
      if (!Number.isFinite(count)) continue;
      const days = count * (UNIT_DAYS[unit] ?? 1);
      const short = days <= clausesData.shortTermMaxDays;
      const long = days >= clausesData.longTermMinDays;
      const start = m.index;
      const end = start + m[0].length;
      if (isContractTerm(text, sentenceBounds(text, start, end), isAuthorization)) continue;
      out.push({
        id: short ? 'short-term' : long ? 'long-term' : 'medium-term',
        aspect: 'term',
        signal: short ? 'one-time' : long ? 'continuous' : null,
        negated: false,
        quote: quoteOf(text, start, end),
        meaning: clausesData.termMeanings[short ? 'short' : long ? 'long' : 'medium'],
        start,
        sentence: sentenceBounds(text, start, end),
        yields: false,
      });
    }
  }
  return out;
}

/** A list item (1. / （2） / a. / □) or a sentence after a colon: its lead-in belongs to it. */
const LIST_ITEM = /^\s*([(（]?[0-9一二三四五六七八九十a-z]{1,3}[)）.、．]|[□☑■●•·])/;

/** A sentence, with the lead-in before it when it is a list item or follows a colon ("查询结果用于：…"). */
function contextOf(text: string, [a, b]: [number, number]): string {
  const before = text.slice(Math.max(0, a - SENTENCE_CONTEXT), a);
  const sentence = text.slice(a, b);
  return LIST_ITEM.test(sentence) || /[:：]\s*$/.test(before) ? before + sentence : sentence;
}

/** The contract's terms are the authorization's: the document is an authorization, or ties the two terms together. */
function contractTermsCount(text: string): boolean {
  return compiled.authorizationDocument.test(text.slice(0, clausesData.contractTerm.openingChars)) || compiled.termLink.test(text);
}

/** A term that is the contract's own, in a document that is not itself an authorization (see `contractTerm`). */
function isContractTerm(text: string, sentence: [number, number], isAuthorization: boolean): boolean {
  if (isAuthorization) return false;
  // The sentence itself: a numbered clause's lead-in is whatever clause came before it.
  const own = text.slice(sentence[0], sentence[1]);
  return compiled.contractSubject.test(own) && !compiled.aboutAuthorization.test(own);
}

function findClauses(text: string): Found[] {
  const out: Found[] = [];
  const isAuthorization = contractTermsCount(text);
  for (const { data, re, sentenceMust } of compiled.clauses) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < MAX_MATCHES_PER_CLAUSE; m = re.exec(text), n++) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const sentence = sentenceBounds(text, start, end);
      if (sentenceMust && !sentenceMust.test(contextOf(text, sentence))) continue;
      if (data.aspect === 'term' && isContractTerm(text, sentence, isAuthorization)) continue;
      const negated = (data.negation === 'exclusion' ? compiled.exclusion : compiled.limitation).test(prefixOf(text, start));
      const signal = negated ? (data.negatedSignal ?? null) : data.signal;
      out.push({
        id: negated ? `${data.id}-excluded` : data.id,
        aspect: data.aspect,
        signal,
        negated,
        quote: quoteOf(text, start, end),
        meaning: negated ? (data.negatedMeaning ?? data.meaning) : data.meaning,
        start,
        sentence,
        yields: data.yieldsInLetter === true ? 'letter' : data.yieldsInSentence === true ? 'sentence' : false,
      });
    }
  }
  return out;
}

function publicClause(found: Found): LetterClause {
  return { id: found.id, aspect: found.aspect, signal: found.signal, negated: found.negated, quote: found.quote, meaning: found.meaning };
}

/** First occurrence of each clause id, in text order. */
function firstOfEach(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return [...found]
    .sort((a, b) => a.start - b.start)
    .filter((item) => {
      const key = `${item.id}\u0000${item.quote}`;
      if (seen.has(item.id) || seen.has(key)) return false;
      seen.add(item.id);
      return true;
    });
}

function silent(title: string | null, clauses: LetterClause[] = [], notes: LetterNote[] = []): LetterAnalysis {
  return { verdict: 'unclear', reason: clausesData.verdictReasons.silent, deciding: [], clauses, notes, title, cut: null };
}

/** The first irrevocability claim and the first post-loan purpose (贷后管理, 贷款管理…), each with what the law says about it. */
function notesOf(found: readonly Found[]): LetterNote[] {
  const ordered = [...found].sort((a, b) => a.start - b.start);
  const notes: LetterNote[] = [];
  const irrevocable = ordered.find((item) => item.id === 'irrevocable');
  if (irrevocable) notes.push({ id: 'irrevocable', quote: irrevocable.quote, explanation: clausesData.rightsNotes.irrevocable });
  const postLoan = ordered.find((item) => (['post-loan', 'loan-management', 'collection'].includes(item.id) && compiled.postLoanNote.test(item.quote)) || item.id === 'ongoing-risk');
  if (postLoan) notes.push({ id: 'post-loan', quote: postLoan.quote, explanation: clausesData.rightsNotes.postLoan });
  return notes;
}

/** Reads a letter's clauses and decides one-time, continuous or unclear. */
export function analyzeLetter(text: string): LetterAnalysis {
  // No catch-all here: a failure is the caller's to report (a crash is not an unclear letter).
  return { ...analyze(text), cut: cutOf(text) };
}

function analyze(input: string): LetterAnalysis {
  const text = prepare(input);
  if (text.trim().length === 0) return silent(null);
  const titleMatch = compiled.title.exec(text);
  const title = titleMatch ? titleMatch[0] : null;

  const found = [...findClauses(text), ...findTerms(text)];
  const continuous = found.filter((item) => item.signal === 'continuous');
  // "仅用于本次借款的审批及贷后管理": the scope names which loan, the clause still runs after it;
  // "供本次申请使用" names the use without limiting it, so any continuous clause outweighs it.
  const oneTime = found.filter(
    (item) =>
      item.signal === 'one-time' &&
      !(item.yields === 'letter' && continuous.length > 0) &&
      !(item.yields === 'sentence' && continuous.some((c) => c.sentence[0] === item.sentence[0] && c.sentence[1] === item.sentence[1])),
  );
  const clauses = firstOfEach(found).map(publicClause);
  const notes = notesOf(found);

  if (continuous.length > 0 && oneTime.length > 0) {
    const deciding = [firstOfEach(continuous)[0]!, firstOfEach(oneTime)[0]!].sort((a, b) => a.start - b.start).map(publicClause);
    return { verdict: 'unclear', reason: clausesData.verdictReasons.contradictory, deciding, clauses, notes, title, cut: null };
  }
  if (continuous.length > 0) {
    return { verdict: 'continuous', reason: clausesData.verdictReasons.continuous, deciding: firstOfEach(continuous).map(publicClause), clauses, notes, title, cut: null };
  }
  if (oneTime.length > 0) {
    return { verdict: 'one-time', reason: clausesData.verdictReasons['one-time'], deciding: firstOfEach(oneTime).map(publicClause), clauses, notes, title, cut: null };
  }
  return silent(title, clauses, notes);
}

export { findAuthorizationLetter, isLetterText, type FoundLetter } from './find-letter';
