/**
 * `node scripts/shared-runs.mjs LETTER.json SOURCE.txt [--allow 'name|name']`: the runs of more
 * than 8 characters that a modelled letter (title and paragraphs) shares with the text of its real
 * source, whitespace removed from both. The corpus carries no third-party text; this is how a
 * letter is checked before it is committed (tests/fixtures/letters/real-modelled/README.md). The
 * source text is fetched by hand and kept outside the repository. Names of institutions,
 * databases, laws and documents and the real title, given with --allow, are cut out of a run
 * before its length is judged. Exits 1 when a run is found.
 */
import { readFileSync } from 'node:fs';

const MAX_SHARED = 8;
const args = process.argv.slice(2);
const at = args.indexOf('--allow');
const allow = at >= 0 ? args.splice(at, 2)[1].split('|').filter(Boolean).sort((a, b) => b.length - a.length) : [];
const [letterFile, sourceFile] = args;
if (!letterFile || !sourceFile) {
  console.error("usage: node scripts/shared-runs.mjs LETTER.json SOURCE.txt [--allow 'name|name']");
  process.exit(2);
}
const letter = JSON.parse(readFileSync(letterFile, 'utf8'));
const source = readFileSync(sourceFile, 'utf8').replace(/\s+/g, '');
const texts = [...(letter.title ? [letter.title] : []), ...letter.paragraphs];

let found = 0;
texts.forEach((raw, index) => {
  const text = raw.replace(/\s+/g, '');
  for (let i = 0; i < text.length; ) {
    let length = 0;
    for (let j = i + MAX_SHARED + 1; j <= text.length && source.includes(text.slice(i, j)); j++) length = j - i;
    if (length === 0) {
      i++;
      continue;
    }
    const run = text.slice(i, i + length);
    let rest = run;
    for (const name of allow) rest = rest.split(name).join('\0');
    if (Math.max(...rest.split('\0').map((part) => part.length)) > MAX_SHARED) {
      console.log(`${letter.id} paragraph ${index}: ${length} characters: ${run}`);
      found++;
    }
    i += length;
  }
});
process.exit(found > 0 ? 1 : 0);
