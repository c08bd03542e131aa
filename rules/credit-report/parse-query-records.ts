/**
 * Reads the query records (查询记录) out of text pasted from a PBOC credit report, or extracted
 * from its PDF. Pure: no browser, no storage. Handles both report generations (查询操作员 with a
 * `name/operator` cell, or 查询机构 with the full legal name), simple and detailed versions, the
 * three date formats of DOMAIN.md §6, and what a PDF copy-paste does to a table (one cell per
 * line, a long name or reason broken over lines with its tail after the next cell, page headers
 * and footers between rows), full-width characters and stray spaces. The report header (name,
 * ID number) and the summary blocks are never returned: only dated rows with a reason are.
 * Never throws; text without records gets a `problem` that says why.
 */
import { KNOWN_REASONS, REASON_LIKE, SELF_QUERY_REASON } from './reasons';

export interface QueryRecord {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The institution as printed: wrapped pieces joined, spaces dropped, `/operator` dropped. */
  institution: string;
  /** The first generation's masked operator code after the `/`, if any. */
  operator: string | null;
  reason: string;
  /** A lender's own copy masks other institutions by type (e.g. 消费金融公司"CI"). */
  masked: boolean;
}

export type ReportProblem = 'empty' | 'too-long' | 'no-dates' | 'summary-only' | 'no-rows';

export interface QueryRecordsResult {
  /** Queries by institutions (机构查询记录明细, or rows outside any table heading). */
  records: QueryRecord[];
  /** 本人查询 rows, kept apart. */
  selfQueries: QueryRecord[];
  /** The report's own date (报告时间, else 查询时间), `YYYY-MM-DD`. */
  reportDate: string | null;
  generation: 'first' | 'second' | 'unknown';
  /** Dated rows in which no reason could be found (not returned as records). */
  skippedRows: number;
  /** Set when no record at all was found. */
  problem: ReportProblem | null;
}

/** A pasted report is a few hundred kilobytes; more than this is not a report. */
export const MAX_INPUT_CHARS = 4_000_000;

type Mode = 'any' | 'institution' | 'self' | 'ignore';
type Token = { kind: 'date'; value: string; mode: Mode } | { kind: 'text'; value: string; mode: Mode } | { kind: 'break' };

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
const BRACKETS: Record<string, string> = { '【': '(', '】': ')', '〔': '(', '〕': ')', '［': '(', '］': ')', '[': '(', ']': ')' };

/**
 * The simplified-form radicals of the CJK Radicals Supplement, which NFKC leaves alone but PDF
 * fonts emit for ordinary characters (seen: ⻢ for 马 in 马上消费金融, ⺠ for 民 in 人民银行).
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⺩': '王', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长',
  '⻔': '门', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** NFKC (full-width forms and Kangxi radicals become the ordinary characters), radicals and brackets folded. */
export function normalizeReportLine(line: string): string {
  let text = line;
  try {
    text = text.normalize('NFKC');
  } catch {
    // normalize cannot throw on a JS string in practice; the parser must never throw.
  }
  return text
    .replace(INVISIBLE, '')
    .replace(/[\u2e80-\u2eff]/g, (radical) => RADICAL_SUPPLEMENT[radical] ?? radical)
    .replace(/[【】〔〕［］[\]]/g, (bracket) => BRACKETS[bracket] ?? bracket);
}

// A date, optionally glued to the row number before it: 2016年9月3日, 2018.02.02, 2024-10-01.
const DATE = /(?<!\d)(\d{1,4}?)?\s*((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([.\-/])\s*(\d{1,2})\s*\5\s*(\d{1,2}))(?!\d)/g;

function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function firstDate(line: string): string | null {
  DATE.lastIndex = 0;
  for (let match = DATE.exec(line); match; match = DATE.exec(line)) {
    const date = isoDate(match[2]!, match[3] ?? match[6]!, match[4] ?? match[7]!);
    if (date) return date;
  }
  return null;
}

const INSTITUTION_HEADING = /机构查询记录明细/;
const SELF_HEADING = /(本人|个人)查询记录明细/;
const SUMMARY_HEADING = /查询记录(概要|汇总)/;
// Headings of the parts of a report that follow or surround the query tables.
const OTHER_HEADING = /^(\(?[一二三四五六七八九十]+\)?[、.]?)?(说明|报告说明|编制说明|本人声明|异议标注|信贷交易信息|信贷记录|公共信息|公共记录|非信贷交易|信息概要|个人基本信息)/;
const TABLE_HEADER = /^(编号)?查询日期(查询机构|查询操作员)(查询原因)?$|^(编号|查询日期|查询机构|查询操作员|查询原因)$/;
// Page headers and footers that land between rows, and the report header's lines.
const NOISE = [
  /第\d+页|共\d+页/,
  /^-?\d+-$|^-\d+-?$|^\d+\/\d+$/,
  /^[-_=—·.]{3,}$/,
  /个人信用报告/,
  /^中国人民银行征信中心$/,
  /^(报告编号|报告时间|查询时间|被查询者|姓名|证件类型|证件号码|婚姻状况|查询机构[:：]|查询原因[:：])/,
  /^(本报告|以下|这部分包含)/,
];

const LEGAL_ENDING = /(公司|银行|分行|支行|中心|合作社|联社|信用社|营业部|本人|["'“”‘’])$/;
const MASKED = /["'“”‘’][A-Za-z0-9*]{1,10}["'“”‘’]$/;
const SEQUENCE = /^\d{1,5}$/;
const SPLITTABLE_REASONS = KNOWN_REASONS.filter((reason) => reason.length >= 5);

function tokenize(text: string, result: { reportDate: string | null; generation: QueryRecordsResult['generation'] }) {
  const hasTableHeading = INSTITUTION_HEADING.test(text) || SELF_HEADING.test(text);
  let mode: Mode = hasTableHeading ? 'ignore' : 'any';
  let sawSummary = false;
  let sawDate = false;
  let queryTime: string | null = null;
  const tokens: Token[] = [];

  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const compact = line.replace(/\s+/g, '');

    const reportAt = line.indexOf('报告时间');
    if (reportAt >= 0) result.reportDate ??= firstDate(line.slice(reportAt));
    const queryAt = line.indexOf('查询时间');
    if (queryAt >= 0) queryTime ??= firstDate(line.slice(queryAt, reportAt > queryAt ? reportAt : undefined));
    if (!sawDate && firstDate(line)) sawDate = true;
    if (compact.includes('查询操作员')) result.generation = 'first';
    else if (compact.includes('查询机构') && result.generation === 'unknown') result.generation = 'second';

    if (INSTITUTION_HEADING.test(compact) || SELF_HEADING.test(compact)) {
      mode = INSTITUTION_HEADING.test(compact) ? 'institution' : 'self';
      tokens.push({ kind: 'break' });
      continue;
    }
    if (SUMMARY_HEADING.test(compact) || (compact.length <= 12 && OTHER_HEADING.test(compact))) {
      if (SUMMARY_HEADING.test(compact)) sawSummary = true;
      mode = 'ignore';
      tokens.push({ kind: 'break' });
      continue;
    }
    if (mode === 'ignore' || TABLE_HEADER.test(compact) || NOISE.some((pattern) => pattern.test(compact))) continue;

    DATE.lastIndex = 0;
    let at = 0;
    for (let match = DATE.exec(line); match; match = DATE.exec(line)) {
      const date = isoDate(match[2]!, match[3] ?? match[6]!, match[4] ?? match[7]!);
      if (!date) continue;
      pushText(tokens, line.slice(at, match.index), mode);
      tokens.push({ kind: 'date', value: date, mode });
      at = match.index + match[0].length;
    }
    pushText(tokens, line.slice(at), mode);
  }
  result.reportDate ??= queryTime;
  return { tokens, sawSummary, sawDate };
}

function pushText(tokens: Token[], text: string, mode: Mode) {
  for (const piece of text.split(/\s+/)) if (piece) tokens.push({ kind: 'text', value: piece, mode });
}

/**
 * A long reason broken over two lines: its head and its tail are separate tokens, with other
 * cells possibly between them. Join them where the tail stands (it ends the row).
 */
function joinBrokenReasons(tokens: Token[]) {
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (head.kind !== 'text' || head.value.length < 2) continue;
    const value = head.value;
    const selfHead = /^本人查询\([^)]*$/.test(value);
    const candidates = selfHead ? [] : SPLITTABLE_REASONS.filter((reason) => reason !== value && reason.startsWith(value));
    if (!selfHead && candidates.length === 0) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
      const tail = tokens[j]!;
      if (tail.kind !== 'text') continue;
      const joined = value + tail.value;
      if ((selfHead && /^[^(]*\)$/.test(tail.value)) || candidates.includes(joined)) {
        tokens[j] = { ...tail, value: joined };
        tokens[i] = { ...head, value: '' };
        break;
      }
    }
  }
}

interface Row {
  date: string;
  mode: Mode;
  /** Text between a table heading and its first row: a centred cell's head. */
  head: string;
  pieces: string[];
}

function rowsOf(tokens: Token[]): Row[] {
  const rows: Row[] = [];
  let current: Row | null = null;
  let pending: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'break') {
      current = null;
      pending = [];
      continue;
    }
    if (token.kind === 'date') {
      current = { date: token.value, mode: token.mode, head: pending.join(''), pieces: [] };
      pending = [];
      rows.push(current);
      continue;
    }
    if (!token.value) continue;
    // A bare number just before a date is the next row's number (one cell per line).
    const next = tokens[i + 1];
    if (SEQUENCE.test(token.value) && (next?.kind === 'date' || next === undefined)) continue;
    if (current) current.pieces.push(token.value);
    else pending.push(token.value);
  }
  return rows;
}

function startsWithReason(text: string): boolean {
  return KNOWN_REASONS.some((reason) => text.startsWith(reason)) || SELF_QUERY_REASON.test(text);
}

interface SplitRow {
  name: string;
  reason: string;
  /** Text after the reason that is not this row's (the next row's name head). */
  carry: string;
}

function splitReason(pieces: string[]): SplitRow | null {
  const joined = pieces.join('');
  if (!joined) return null;
  for (const reason of KNOWN_REASONS) {
    if (joined.endsWith(reason)) return { name: joined.slice(0, -reason.length), reason, carry: '' };
  }
  const self = SELF_QUERY_REASON.exec(joined) ?? /本人查询(\([^()]{0,40}\))?/.exec(joined);
  if (self) return { name: joined.slice(0, self.index) + joined.slice(self.index + self[0].length), reason: self[0], carry: '' };
  for (const reason of KNOWN_REASONS) {
    const at = joined.indexOf(reason);
    if (at < 0) continue;
    const before = joined.slice(0, at);
    const after = joined.slice(at + reason.length);
    // "Tail after the next cell": the name's tail follows the reason, unless the name before it
    // is already complete, in which case the text is the next row's name head.
    if (LEGAL_ENDING.test(stripOperator(before).name) && !LEGAL_ENDING.test(after)) return { name: before, reason, carry: after };
    // The tail may itself be followed by the next row's head: the tail is the cell right after
    // the reason; in glued text, it ends at the first legal ending.
    const afterPieces = piecesAfter(pieces, at + reason.length);
    if (afterPieces.length >= 2) return { name: before + afterPieces[0], reason, carry: afterPieces.slice(1).join('') };
    const end = tailEnd(after);
    return { name: before + after.slice(0, end), reason, carry: after.slice(end) };
  }
  // An unlisted reason: the last cell when cells are apart, else what follows the legal name.
  const last = pieces[pieces.length - 1]!;
  if (pieces.length > 1 && /^[\u4e00-\u9fff、()]{2,24}$/.test(last) && REASON_LIKE.test(last) && !LEGAL_ENDING.test(last)) {
    return { name: pieces.slice(0, -1).join(''), reason: last, carry: '' };
  }
  const legal = /^(.*(?:公司|银行|分行|支行|中心|合作社|联社|信用社|营业部)(?:\/[A-Za-z0-9*#_-]+)?)([\u4e00-\u9fff、]{2,20})$/.exec(joined);
  if (legal && REASON_LIKE.test(legal[2]!)) return { name: legal[1]!, reason: legal[2]!, carry: '' };
  return null;
}

/** The pieces after a character offset of their concatenation, when it falls between pieces. */
function piecesAfter(pieces: string[], offset: number): string[] {
  let length = 0;
  for (let i = 0; i < pieces.length; i++) {
    length += pieces[i]!.length;
    if (length === offset) return pieces.slice(i + 1).filter(Boolean);
    if (length > offset) break;
  }
  return [];
}

/** Where a name's tail ends inside text that may go on with the next row's head. */
function tailEnd(text: string): number {
  if (LEGAL_ENDING.test(text)) return text.length;
  const company = text.indexOf('公司');
  if (company >= 0) return company + 2;
  const other = /(银行|分行|支行|中心|合作社|联社|信用社|营业部)/.exec(text);
  return other ? other.index + other[0].length : text.length;
}

function stripOperator(name: string): { name: string; operator: string | null } {
  const slash = name.indexOf('/');
  if (slash < 0) return { name, operator: null };
  const operator = name.slice(slash + 1);
  return { name: name.slice(0, slash), operator: operator || null };
}

export function parseQueryRecords(input: unknown): QueryRecordsResult {
  const result: QueryRecordsResult = {
    records: [],
    selfQueries: [],
    reportDate: null,
    generation: 'unknown',
    skippedRows: 0,
    problem: null,
  };
  const text = typeof input === 'string' ? input : '';
  if (!text.trim()) return { ...result, problem: 'empty' };
  if (text.length > MAX_INPUT_CHARS) return { ...result, problem: 'too-long' };

  const { tokens, sawSummary, sawDate } = tokenize(normalizeReportLine(text), result);
  joinBrokenReasons(tokens);
  const rows = rowsOf(tokens);

  let carry = '';
  let previous: QueryRecord | null = null;
  for (const row of rows) {
    // A centred cell's head stands before its row: the previous row's trailing text, or the text
    // before a table's first row. It is this row's only if this row has no name before its reason;
    // otherwise it was the previous name's tail after all.
    const head = carry || row.head;
    let pieces = row.pieces;
    if (head && startsWithReason(pieces.join(''))) pieces = [head, ...pieces];
    else if (carry && previous) previous.institution += carry;
    carry = '';
    previous = null;
    const split = splitReason(pieces);
    if (!split) {
      result.skippedRows++;
      continue;
    }
    carry = split.carry;
    const { name, operator } = stripOperator(split.name);
    if (operator) result.generation = 'first';
    const self = row.mode === 'self' || SELF_QUERY_REASON.test(split.reason) || name === '本人';
    if (!self && !name) {
      result.skippedRows++;
      continue;
    }
    const record: QueryRecord = { date: row.date, institution: name, operator, reason: split.reason, masked: MASKED.test(name) };
    (self ? result.selfQueries : result.records).push(record);
    previous = record;
  }
  if (carry && previous) previous.institution += carry;

  if (result.records.length === 0 && result.selfQueries.length === 0) {
    result.problem = rows.length > 0 ? 'no-rows' : sawSummary ? 'summary-only' : sawDate ? 'no-rows' : 'no-dates';
  }
  return result;
}
