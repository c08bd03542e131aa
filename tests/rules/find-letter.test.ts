/**
 * Finding the letter on real-shaped pages (tests/fixtures/letters/pages): every kind of title, a
 * hidden modal, <details>, a scroll box, a same-origin iframe, <pre>, <textarea>, a <br> block, no
 * heading, an application form, several agreements on one page, a title written one character per
 * table line; and pages that only mention or quote a letter (article, FAQ, forum post, checkbox
 * label), which get none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { letterFinderSchema } from '../../rules/classifier-schema';
import { analyzeLetter, findAuthorizationLetter } from '../../rules/letter-analysis';
import letterFinder from '../../rules/letter-finder.json';

const DIR = join(process.cwd(), 'tests/fixtures/letters/pages');
interface PageCase {
  file: string;
  letter: 'one-time' | 'continuous' | 'unclear' | null;
  title?: string | null;
  inModal?: boolean;
  frames?: Record<string, string>;
}
const cases = (JSON.parse(readFileSync(join(DIR, 'pages.json'), 'utf8')) as { pages: PageCase[] }).pages;
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

async function load(entry: PageCase): Promise<Document> {
  if (!entry.frames) return new DOMParser().parseFromString(read(entry.file), 'text/html');
  // happy-dom loads no iframe URL; the same-origin frame's page goes in as srcdoc instead.
  let html = read(entry.file);
  for (const [src, file] of Object.entries(entry.frames)) html = html.replace(`src="${src}"`, `srcdoc="${read(file).replace(/"/g, '&quot;')}"`);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return document;
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('findAuthorizationLetter on real-shaped pages', () => {
  it('letter-finder.json follows its schema', () => {
    const parsed = letterFinderSchema.safeParse(letterFinder);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(cases.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const found = findAuthorizationLetter(await load(entry));
    if (entry.letter === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    if (entry.title !== undefined) expect(found!.title).toBe(entry.title);
    if (entry.inModal !== undefined) expect(found!.inModal).toBe(entry.inModal);
    expect(analyzeLetter(found!.text).verdict).toBe(entry.letter);
  });

  it('picks the credit letter among several agreements', () => {
    const found = findAuthorizationLetter(new DOMParser().parseFromString(read('several-agreements.html'), 'text/html'));
    expect(found!.text).toContain('信用报告');
    expect(found!.text).not.toContain('扣收');
  });

  it('reads no cross-origin frame and survives a hostile DOM', () => {
    const doc = new DOMParser().parseFromString('<body><iframe src="https://other.example/x"></iframe></body>', 'text/html');
    expect(findAuthorizationLetter(doc)).toBeNull();
    const hostile = { getElementsByTagName: () => { throw new Error('boom'); } } as unknown as Document;
    expect(findAuthorizationLetter(hostile)).toBeNull();
  });
});
