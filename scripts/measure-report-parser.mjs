/**
 * Measures the query-record parser on the held-back fixtures (tests/fixtures/credit-reports/
 * held-back/), which no unit test reads: per file, how many expected records were read exactly
 * (date, institution, reason), how many were missed, and how many read were wrong. Prints a
 * table; `--all` also measures the unit-test fixtures. The parser is bundled with Vite for Node.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const outDir = mkdtempSync(join(tmpdir(), 'cah-measure-'));
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir, ssr: resolve('rules/credit-report/parse-query-records.ts'), rollupOptions: { output: { entryFileNames: 'parser.mjs' } } },
  });
  const { parseQueryRecords } = await import(pathToFileURL(join(outDir, 'parser.mjs')).href);
  const dirs = [['held-back', 'tests/fixtures/credit-reports/held-back']];
  if (process.argv.includes('--all')) dirs.push(['unit', 'tests/fixtures/credit-reports']);
  const rows = [];
  for (const [set, dir] of dirs) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.expected.json') && !name.startsWith('not-records'))) {
      const name = file.replace('.expected.json', '');
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const result = parseQueryRecords(readFileSync(join(dir, `${name}.txt`), 'utf8'));
      const key = (r) => JSON.stringify(r.slice(0, 3));
      const want = expected.records.map(key);
      const got = result.records.map((r) => key([r.date, r.institution, r.reason]));
      const exact = got.filter((entry) => want.includes(entry)).length;
      rows.push({ set, file: name, expected: want.length, exact, missed: want.length - exact, wrong: got.length - exact, selfQueries: `${result.selfQueries.length}/${expected.selfQueries}` });
    }
  }
  console.table(rows);
  const total = (set) => rows.filter((row) => row.set === set).reduce((sum, row) => ({ expected: sum.expected + row.expected, exact: sum.exact + row.exact, wrong: sum.wrong + row.wrong }), { expected: 0, exact: 0, wrong: 0 });
  for (const [set] of dirs) {
    const t = total(set);
    console.log(`${set}: ${t.exact}/${t.expected} records read exactly (${((100 * t.exact) / t.expected).toFixed(1)}%), ${t.wrong} wrong`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
