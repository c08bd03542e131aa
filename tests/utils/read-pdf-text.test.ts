/**
 * The PDF reader with pdf.js's legacy build in Node, on a report page printed by Chromium
 * (scripts/make-report-pdf.mjs): Chinese text through the bundled CMaps, radicals folded, the
 * wrapped name cells of vertically centred rows read back by the parser; and the line builder
 * on positioned items.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfText, type PdfLib } from '../../utils/read-pdf-text';
import { linesFromTextItems } from '../../rules/credit-report/pdf-lines';
import { parseQueryRecords } from '../../rules/credit-report/parse-query-records';

const root = process.cwd();
const assets = { cMapUrl: join(root, 'node_modules/pdfjs-dist/cmaps/'), standardFontDataUrl: join(root, 'node_modules/pdfjs-dist/standard_fonts/') };

describe('readPdfText', () => {
  it('reads the query records of a report PDF printed by Chromium', async () => {
    const data = new Uint8Array(readFileSync(join(root, 'tests/fixtures/credit-reports/pdf/report-page.pdf')));
    const text = await readPdfText(pdfjs as unknown as PdfLib, data, assets);
    expect(text).toContain('机构查询记录明细');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/);
    const parsed = parseQueryRecords(text);
    expect(parsed.records.map((r) => [r.date, r.institution, r.reason])).toEqual([
      ['2026-10-28', '重庆度小满小额贷款有限公司', '贷后管理'],
      ['2026-10-02', '招联消费金融股份有限公司', '贷后管理'],
      ['2026-09-15', '重庆度小满小额贷款有限公司', '贷后管理'],
      ['2026-09-03', '深圳前海微众银行股份有限公司', '贷款审批'],
      ['2026-08-20', '马上消费金融股份有限公司', '贷后管理'],
    ]);
    expect(parsed.selfQueries.map((r) => r.institution)).toEqual(['中国人民银行征信中心']);
    expect(parsed.reportDate).toBe('2026-11-15');
  }, 30_000);

  it('a file that is not a PDF is rejected, not hung on', async () => {
    await expect(readPdfText(pdfjs as unknown as PdfLib, new TextEncoder().encode('not a pdf at all'), assets)).rejects.toThrow();
  });
});

describe('linesFromTextItems', () => {
  it('joins items on one baseline left to right, spacing table cells, and folds radicals', () => {
    const text = linesFromTextItems([
      [
        { str: '贷后管理', x: 300, y: 700, width: 36, height: 9 },
        { str: '1', x: 20, y: 700.4, width: 5, height: 9 },
        { str: '⻢上消费', x: 120, y: 699.8, width: 36, height: 9 },
        { str: '金融', x: 156, y: 700, width: 18, height: 9 },
        { str: '2026年10⽉01⽇', x: 40, y: 700, width: 60, height: 9 },
        { str: '标题', x: 20, y: 760, width: 18, height: 12 },
        { str: ' ', x: 20, y: 650, width: 4, height: 9 },
      ],
    ]);
    expect(text).toBe('标题\n1 2026年10月01日 马上消费金融 贷后管理');
  });
});
