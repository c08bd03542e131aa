/**
 * The popup's JavaScript as the browser loads it: popup.html's module script and every chunk it
 * imports, gzipped. Shared by `npm run bench` and the size-budget test.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export function popupChunks(buildDir) {
  const html = readFileSync(join(buildDir, 'popup.html'), 'utf8');
  const entry = /<script[^>]+src="\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('popup.html has no module script');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(buildDir, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      visit(join(file, '..', match[1]).replace(/\\/g, '/'));
    }
  };
  visit(entry);
  return [...seen];
}

export function popupGzipKb(buildDir) {
  return popupChunks(buildDir).reduce((sum, file) => sum + gzipSync(readFileSync(join(buildDir, file)), { level: 9 }).length, 0) / 1024;
}
