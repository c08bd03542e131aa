/**
 * Renders query records the way each supported report layout prints them (DOMAIN.md §6: the
 * layouts of whyDK37/pbccrc, eatonsong/CreditReportRecognition and valuemapglobal/DocMirror),
 * for the parser's round-trip property. Written by us; no real report text.
 */
export interface SampleRecord {
  date: string; // YYYY-MM-DD
  institution: string;
  operator?: string;
  reason: string;
}

export type DateStyle = 'zh-padded' | 'zh-plain' | 'dotted' | 'iso';

export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  if (style === 'zh-padded') return `${y}年${m}月${d}日`;
  if (style === 'zh-plain') return `${y}年${Number(m)}月${Number(d)}日`;
  if (style === 'dotted') return `${y}.${m}.${d}`;
  return iso;
}

const HEADER = ['个人信用报告', '报告编号：2026111500001234567890', '报告时间：2026-11-15 09:12:44', '姓名：测试人 证件类型：身份证 证件号码：110101199001011234'];

/** Second generation, one row per line, cells apart (DocMirror's test text). */
export function secondGenerationRows(records: SampleRecord[], style: DateStyle = 'zh-padded'): string {
  return [
    ...HEADER,
    '六 查询记录',
    '机构查询记录明细',
    '编号 查询日期 查询机构 查询原因',
    ...records.map((r, i) => `${i + 1} ${formatDate(r.date, style)} ${r.institution} ${r.reason}`),
  ].join('\n');
}

/** First generation: 查询操作员 with `name/operator` (eatonsong's PDFs, pbccrc's table). */
export function firstGenerationRows(records: SampleRecord[], style: DateStyle = 'zh-plain'): string {
  return [
    '个人信用报告',
    '查询时间：2018.02.02 10:01:23',
    '机构查询记录明细',
    '--------------------------------------------',
    '编号 查询日期 查询操作员 查询原因',
    ...records.map((r, i) => `${i + 1} ${formatDate(r.date, style)} ${r.institution}${r.operator ? `/${r.operator}` : ''} ${r.reason}`),
    '--------------------------------------------',
  ].join('\n');
}

/** A PDF copy-paste: one cell per line, long names broken (tail after the reason), page furniture between rows. */
export function cellPerLine(records: SampleRecord[], options: { breakAt?: number; pageEvery?: number; style?: DateStyle } = {}): string {
  const { breakAt = 0, pageEvery = 0, style = 'zh-padded' } = options;
  const lines = ['机构查询记录明细', '编号', '查询日期', '查询机构', '查询原因'];
  records.forEach((r, i) => {
    if (pageEvery > 0 && i > 0 && i % pageEvery === 0) lines.push(`第 ${i / pageEvery} 页，共 9 页`, '报告编号：2026111500001234567890', '编号', '查询日期', '查询机构', '查询原因');
    lines.push(String(i + 1), formatDate(r.date, style));
    const name = r.institution + (r.operator ? `/${r.operator}` : '');
    if (breakAt > 0 && name.length > breakAt) lines.push(name.slice(0, breakAt), r.reason, name.slice(breakAt));
    else lines.push(name, r.reason);
  });
  return lines.join('\n');
}

/**
 * A PDF whose cells are vertically centred (Chromium's print of a table): a broken name's head
 * comes before the row's number and its tail after; a negative `breakAt` counts from the end
 * (a tail of one character: 公 / 司).
 */
export function centredCells(records: SampleRecord[], breakAt: number): string {
  const lines = ['机构查询记录明细', '编号 查询日期 查询机构 查询原因'];
  records.forEach((r, i) => {
    const date = formatDate(r.date, 'zh-padded');
    const at = breakAt < 0 ? r.institution.length + breakAt : breakAt;
    if (at > 0 && r.institution.length > at) {
      lines.push(r.institution.slice(0, at), `${i + 1} ${date} ${r.reason}`, r.institution.slice(at));
    } else lines.push(`${i + 1} ${date} ${r.institution} ${r.reason}`);
  });
  return lines.join('\n');
}

/** The reverse of NFKC for the Kangxi radicals a PDF font maps common characters to. */
const KANGXI = new Map<string, string>();
for (let code = 0x2f00; code <= 0x2fd5; code++) {
  const radical = String.fromCodePoint(code);
  KANGXI.set(radical.normalize('NFKC'), radical);
}

/** Full-width digits and brackets, Kangxi radicals, stray spaces inside cells. */
export function fullWidthAndSpaces(records: SampleRecord[]): string {
  const wide = (text: string) =>
    [...text].map((ch) => (/[0-9.()]/.test(ch) ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : (KANGXI.get(ch) ?? ch))).join('');
  const spaced = (text: string) => [...text].join(text.length % 2 ? ' ' : '  ');
  return ['机构查询记录明细', ...records.map((r, i) => `${wide(String(i + 1))}\u3000${wide(formatDate(r.date, 'zh-padded'))}\u3000 ${spaced(wide(r.institution))}  ${wide(r.reason)}`)].join('\n');
}

/** Cells glued together, as some PDF viewers copy a row. */
export function gluedCells(records: SampleRecord[]): string {
  return ['机构查询记录明细', ...records.map((r, i) => `${i + 1}${formatDate(r.date, 'dotted')}${r.institution}${r.reason}`)].join('\n');
}
