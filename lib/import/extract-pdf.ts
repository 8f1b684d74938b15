import { extractText, getDocumentProxy } from "unpdf";
import type { TextResult } from "./types";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * The text layer of a PDF, pages separated by a blank line and lines within a page by a line break. A PDF whose
 * pages carry no text at all is a scan or a photograph and is refused with "scanned, needs OCR": the text must be
 * recognised (OCR) before it can be coded.
 */
export async function extractPdf(bytes: Uint8Array): Promise<TextResult> {
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
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const text = pages.map((page) => page.trim()).filter((page) => page !== "").join("\n\n");
    if (text === "") {
      return {
        ok: false,
        error:
          "The PDF has no text layer, only images: it is scanned, needs OCR. " +
          "Run text recognition (OCR) on it, for instance in Adobe Acrobat or with ocrmypdf, and import the result.",
      };
    }
    return { ok: true, text };
  } finally {
    await pdf.destroy();
  }
}
