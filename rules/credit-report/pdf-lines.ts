/**
 * Text of a PDF page as lines, from the positioned text items a PDF library returns: items on
 * one baseline make one line, left to right, with a space where the gap between items is wide
 * (table cells), none where the glyphs touch. NFKC, because report PDFs often map common
 * characters to Kangxi radicals (⽇ for 日) or other radicals (⻢ for 马). Pure.
 */
import { normalizeReportLine } from './parse-query-records';

export interface PositionedText {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export function linesFromTextItems(pages: readonly (readonly PositionedText[])[]): string {
  const out: string[] = [];
  for (const items of pages) {
    const lines: { y: number; height: number; items: PositionedText[] }[] = [];
    const sorted = items.filter((item) => item.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
    for (const item of sorted) {
      const line = lines[lines.length - 1];
      const tolerance = Math.max(1, Math.min(item.height, line?.height ?? item.height) * 0.4);
      if (line && Math.abs(line.y - item.y) <= tolerance) line.items.push(item);
      else lines.push({ y: item.y, height: item.height || 10, items: [item] });
    }
    for (const line of lines) {
      line.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of line.items) {
        if (text && item.x - end > line.height * 0.3) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      out.push(normalizeReportLine(text).trim());
    }
  }
  return out.join('\n');
}
