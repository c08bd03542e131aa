/**
 * A legal name as the institution directory compares it: the one normalization of names
 * printed in a credit report's 查询机构 column. Its own module so that the popup's verification
 * takes this and not the directory's engine. Pure.
 */

/** NFKC, no spaces or invisible characters, brackets of every width folded to `(` `)`. */
export function normalizeInstitutionName(name: string): string {
  let text = typeof name === 'string' ? name : '';
  try {
    text = text.normalize('NFKC');
  } catch {
    // never throws on a JS string in practice
  }
  return text
    .replace(/[\s\u200b-\u200f\u2060\ufeff\u00ad]+/g, '')
    .replace(/[（【〔［[]/g, '(')
    .replace(/[）】〕］\]]/g, ')');
}
