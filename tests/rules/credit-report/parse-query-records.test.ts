/**
 * The query-record parser on a fixture of every layout and artefact family (see
 * tests/fixtures/credit-reports/README.md), on text that holds no records, and a round-trip
 * property: records rendered in any supported layout parse back to the same records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQueryRecords } from '../../../rules/credit-report/parse-query-records';
import { KNOWN_REASONS } from '../../../rules/credit-report/reasons';
import {
  cellPerLine,
  centredCells,
  firstGenerationRows,
  fullWidthAndSpaces,
  gluedCells,
  secondGenerationRows,
  type DateStyle,
  type SampleRecord,
} from './layouts';

const DIR = join(process.cwd(), 'tests/fixtures/credit-reports');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

interface Expected {
  reportDate: string | null;
  records: [string, string, string, string?][];
  selfQueries: number;
  masked?: number;
}

const families = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json') && !name.startsWith('not-records'))
  .map((name) => name.replace('.expected.json', ''));

describe('fixtures of every family', () => {
  it('has them all', () => {
    expect(families.sort()).toEqual([
      'first-gen-detailed',
      'first-gen-dotted',
      'first-gen-simple',
      'fullwidth-spaces',
      'glued-cells',
      'lender-copy-masked',
      'pdf-broken-cells',
      'pdf-cell-per-line',
      'pdf-centred-cells',
      'second-gen-brief',
      'second-gen-detailed',
    ]);
  });

  it.each(families)('%s', (family) => {
    const expected = JSON.parse(read(`${family}.expected.json`)) as Expected;
    const result = parseQueryRecords(read(`${family}.txt`));
    expect(result.records.map((r) => [r.date, r.institution, r.reason, ...(r.operator ? [r.operator] : [])])).toEqual(expected.records);
    expect(result.selfQueries).toHaveLength(expected.selfQueries);
    expect(result.reportDate).toBe(expected.reportDate);
    expect(result.records.filter((r) => r.masked)).toHaveLength(expected.masked ?? 0);
    expect(result.problem).toBeNull();
  });

  it('tells the generations apart', () => {
    expect(parseQueryRecords(read('first-gen-detailed.txt')).generation).toBe('first');
    expect(parseQueryRecords(read('second-gen-detailed.txt')).generation).toBe('second');
  });

  it('never returns the header: name and ID number appear in no record', () => {
    for (const family of families) {
      const json = JSON.stringify(parseQueryRecords(read(`${family}.txt`)));
      expect(json).not.toContain('测试人');
      expect(json).not.toContain('110101199001011234');
      expect(json).not.toContain('321X');
    }
  });

  it('reads summary blocks as no records (they name reasons, not queries)', () => {
    const result = parseQueryRecords(read('second-gen-detailed.txt'));
    expect(result.records.filter((r) => r.reason === '本人查询')).toEqual([]);
    expect(result.records).toHaveLength(8);
  });
});

describe('text without records', () => {
  const expected = JSON.parse(read('not-records.expected.json')) as Record<string, string>;
  it.each(Object.entries(expected))('%s: %s', (file, problem) => {
    const result = parseQueryRecords(read(`${file}.txt`));
    expect(result.records).toEqual([]);
    expect(result.problem).toBe(problem);
  });

  it('anything that is not a string, or too long, gets a problem, never an exception', () => {
    expect(parseQueryRecords(undefined).problem).toBe('empty');
    expect(parseQueryRecords(42).problem).toBe('empty');
    expect(parseQueryRecords('   \n\t').problem).toBe('empty');
    expect(parseQueryRecords('x'.repeat(4_000_001)).problem).toBe('too-long');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseQueryRecords(text);
        expect(Array.isArray(result.records)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a dated line without a reason is skipped and counted', () => {
    const result = parseQueryRecords('机构查询记录明细\n1 2026年10月01日 某某 某某\n2 2026年10月02日 招联消费金融股份有限公司 贷后管理');
    expect(result.records).toHaveLength(1);
    expect(result.skippedRows).toBe(1);
  });

  it('an impossible date is not a date', () => {
    expect(parseQueryRecords('1 2026年13月40日 招联消费金融股份有限公司 贷后管理').problem).toBe('no-dates');
  });
});

// Institution names built from pieces of real legal names; none holds a reason's wording.
const PLACES = ['重庆', '北京', '上海', '深圳前海', '福州', '杭州', '四川', '浙江', '河南中原', '湖南长银'];
const MIDDLES = ['度小满', '招联', '马上', '微众', '京东盛际', '奇富网络', '新网', '富民', '网商', '五八'];
const FORMS = ['小额贷款有限公司', '消费金融股份有限公司', '银行股份有限公司', '小额贷款股份有限公司', '融资担保有限公司', '信托有限责任公司'];
const institution = fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...MIDDLES), fc.constantFrom(...FORMS)).map((parts) => parts.join(''));
const date = fc.date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const reason = fc.constantFrom(...KNOWN_REASONS);
const operator = fc.stringMatching(/^[A-Z]{2,4}[A-Z0-9*]{2,6}$/);
const records = fc.array(fc.record({ date, institution, reason }), { minLength: 1, maxLength: 25 });
const dateStyle = fc.constantFrom<DateStyle>('zh-padded', 'zh-plain', 'dotted', 'iso');

const plain = (list: SampleRecord[]) => list.map((r) => [r.date, r.institution, r.reason]);
const parsed = (text: string) => plainParsed(parseQueryRecords(text).records);
const plainParsed = (list: { date: string; institution: string; reason: string }[]) => list.map((r) => [r.date, r.institution, r.reason]);

describe('round trip: records rendered in any supported layout parse back to the same records', () => {
  it('second generation, one row per line, every date format', () => {
    fc.assert(fc.property(records, dateStyle, (list, style) => {
      expect(parsed(secondGenerationRows(list, style))).toEqual(plain(list));
    }));
  });

  it('first generation with /operator cells', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ date, institution, reason, operator }), { minLength: 1, maxLength: 20 }), dateStyle, (list, style) => {
        const result = parseQueryRecords(firstGenerationRows(list, style));
        expect(plainParsed(result.records)).toEqual(plain(list));
        expect(result.records.map((r) => r.operator)).toEqual(list.map((r) => r.operator));
      }),
    );
  });

  it('one cell per line, names broken with the tail after the reason, page furniture between rows', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 }), dateStyle, (list, breakAt, pageEvery, style) => {
        expect(parsed(cellPerLine(list, { breakAt, pageEvery, style }))).toEqual(plain(list));
      }),
    );
  });

  it('centred cells: a broken name head before its row', () => {
    // A head is cut inside the place or the middle part, or just before the end (有限公 / 司), so
    // it never ends like a complete legal name.
    const breakAt = fc.oneof(fc.integer({ min: 3, max: 5 }), fc.integer({ min: -3, max: -1 }));
    fc.assert(fc.property(records, breakAt, (list, breakAt) => {
      expect(parsed(centredCells(list, breakAt))).toEqual(plain(list));
    }));
  });

  it('full-width characters, Kangxi radicals and stray spaces', () => {
    fc.assert(fc.property(records, (list) => {
      expect(parsed(fullWidthAndSpaces(list))).toEqual(plain(list));
    }));
  });

  it('glued cells', () => {
    fc.assert(fc.property(records, (list) => {
      expect(parsed(gluedCells(list))).toEqual(plain(list));
    }));
  });
});
