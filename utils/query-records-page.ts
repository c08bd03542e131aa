/**
 * Functions injected into a tab (`scripting.executeScript({ func })`), only on the user's
 * click: does the page show a credit report's query-record tables (the credit bureau's own
 * report page), and their text for the report reader. Self-contained: they run in the page,
 * so they import nothing; what they return is only ever read by the extension, never stored.
 */

/** A page shows query records when it has a table with the report's column headings and a date. */
export function pageShowsQueryRecords(): boolean {
  const text = (document.body?.innerText ?? '').slice(0, 2_000_000).replace(/\s+/g, '');
  return /查询原因/.test(text) && /查询机构|查询操作员/.test(text) && /(19|20)\d{2}(年\d{1,2}月\d{1,2}日|\.\d{2}\.\d{2}|-\d{2}-\d{2})/.test(text);
}

/** The page's visible text (the parser keeps only the query records and drops the rest). */
export function pageQueryRecordsText(): string {
  return (document.body?.innerText ?? '').slice(0, 4_000_000);
}
