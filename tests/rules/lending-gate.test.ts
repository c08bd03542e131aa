/** The gate before classification must let every lending, look-alike and lure page through. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLendingGate } from '../../rules/lending-gate';
import gateData from 'virtual:lending-gate';

const CORPUS = join(process.cwd(), 'tests/fixtures/corpus');
const pages = (JSON.parse(readFileSync(join(CORPUS, 'corpus.json'), 'utf8')) as { pages: { file: string; kind: string | null }[] }).pages;
// The data the first stage ships: its words, and the brands only as a fixed-size prefilter.
const gate = buildLendingGate(gateData);

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('buildLendingGate', () => {
  it.each(pages.filter((page) => page.kind !== null).map((page) => [page.file]))('lets %s through', (file) => {
    expect(gate.test(load(readFileSync(join(CORPUS, 'pages', file), 'utf8')))).toBe(true);
  });

  it('stops a page with nothing lending-like or brand-like in its opening', () => {
    expect(gate.test(load('<html><head><title>城市生活指南</title></head><body><h1>公园与图书馆</h1><p>周末去哪儿。</p></body></html>'))).toBe(false);
  });

  it('lets a brand claim through even without lending words', () => {
    expect(gate.test(load('<html><head><title>安逸花 官方</title></head><body><p>欢迎</p></body></html>'))).toBe(true);
    expect(gate.test(load('<html><head><title>欢迎</title></head><body><p>洋钱罐 官方活动</p></body></html>'))).toBe(true);
  });

  it('looks for brands in the title, the heading and the first thousand characters of the opening', () => {
    const filler = '公园与图书馆的周末活动。'.repeat(200); // 2,400 characters, nothing lending-like
    const at = (offset: number) => `<html><head><title>欢迎</title></head><body><h1>城市</h1><p>${filler.slice(0, offset)}洋钱罐${filler}</p></body></html>`;
    expect(gate.test(load(at(900)))).toBe(true);
    expect(gate.test(load(at(1_100)))).toBe(false);
    // A heading is read whole, however long.
    expect(gate.test(load(`<html><head><title>欢迎</title></head><body><h1>${filler}洋钱罐</h1><p>周末</p></body></html>`))).toBe(true);
  });

  it('ships no brand name', () => {
    expect(JSON.stringify(gateData)).not.toMatch(/安逸花|洋钱罐|分期乐/);
  });
});
