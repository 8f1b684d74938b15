import { getDocumentProxy } from "unpdf";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "./check-import-limits";
import { countCodePointsUpTo } from "./count-code-points-up-to";
import { describeLimitRefusal } from "./describe-limit-refusal";
import type { TextResult } from "./types";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

const PAGE_BREAK = "\n\n";

/**
 * The text layer of a PDF, pages separated by a blank line and lines within a page by a line break. A PDF whose
 * pages carry no text at all is a scan or a photograph and is refused with "scanned, needs OCR": the text must be
 * recognised (OCR) before it can be coded.
 *
 * A PDF of more pages than `maxPdfPages` is refused before any page is read, and pages are read one at a time, so
 * reading stops at the page that takes the text past `maxTotalCharacters`: a 51 KB file can declare 20,000 pages,
 * and reading them all at once (as unpdf's extractText does) took minutes and gigabytes.
 */
export async function extractPdf(bytes: Uint8Array, limits: Partial<ImportLimits> = {}): Promise<TextResult> {
  const { maxPdfPages, maxTotalCharacters } = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  let pdf: PdfDocument;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy and the caller keeps `bytes`.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") {
      return { ok: false, error: "The PDF is password-protected. Save a copy without the password and import that." };
    }
    return {
      ok: false,
      error: "The file is not a readable PDF: it is damaged or in another format. Save or export it as PDF again.",
    };
  }
  try {
    if (pdf.numPages > maxPdfPages) {
      return { ok: false, error: describeLimitRefusal({ limit: "maxPdfPages", max: maxPdfPages, pages: pdf.numPages }) };
    }
    const pages: string[] = [];
    let characters = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = (await readPageText(pdf, pageNumber)).trim();
      if (page === "") continue;
      const piece = pages.length === 0 ? page : PAGE_BREAK + page;
      characters += countCodePointsUpTo(piece, maxTotalCharacters - characters);
      if (characters > maxTotalCharacters) {
        const error = describeLimitRefusal({ limit: "maxTotalCharacters", max: maxTotalCharacters, where: "the PDF", what: "the PDF" });
        return { ok: false, error };
      }
      pages.push(page);
    }
    if (pages.length === 0) {
      return {
        ok: false,
        error:
          "The PDF has no text layer, only images: it is scanned, needs OCR. " +
          "Run text recognition (OCR) on it, for instance in Adobe Acrobat or with ocrmypdf, and import the result.",
      };
    }
    return { ok: true, text: pages.join(PAGE_BREAK) };
  } finally {
    await pdf.destroy();
  }
}

/**
 * One page's text as unpdf's extractText gives it (unpdf 1.7, getPageText): the text items in order, each followed
 * by a line break where pdf.js marks the end of a line. The page's resources are released once it is read.
 */
async function readPageText(pdf: PdfDocument, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    return content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
  } finally {
    page.cleanup();
  }
}
