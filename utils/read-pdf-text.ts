/**
 * Reads the text of a PDF on the device with pdf.js: the library is handed in (the browser
 * build in the report page, the legacy build in Node tests), with the CMaps and standard fonts
 * it needs for Chinese text bundled in the extension. Nothing is fetched from the network.
 */
import { linesFromTextItems, type PositionedText } from '../rules/credit-report/pdf-lines';

/** The part of pdf.js used here. */
export interface PdfLib {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** More pages than a credit report has is not one. */
export const MAX_PDF_PAGES = 200;

function positioned(item: unknown): PositionedText | null {
  const candidate = item as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof candidate.str !== 'string' || !Array.isArray(candidate.transform)) return null;
  const [, , , scaleY, x, y] = candidate.transform as number[];
  return {
    str: candidate.str,
    x: Number(x) || 0,
    y: Number(y) || 0,
    width: Number(candidate.width) || 0,
    height: Number(candidate.height) || Math.abs(Number(scaleY)) || 10,
  };
}

export async function readPdfText(lib: PdfLib, data: Uint8Array, assets: PdfAssets): Promise<string> {
  const task = lib.getDocument({
    data,
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    isEvalSupported: false,
    // Text only: no font loading into the page, no scripting.
    disableFontFace: true,
    enableXfa: false,
    stopAtErrors: false,
  });
  const doc = await task.promise;
  try {
    const pages: PositionedText[][] = [];
    for (let number = 1; number <= Math.min(doc.numPages, MAX_PDF_PAGES); number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map(positioned).filter((item): item is PositionedText => item !== null));
    }
    return linesFromTextItems(pages);
  } finally {
    await doc.destroy();
  }
}
