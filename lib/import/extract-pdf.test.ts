import { describe, expect, it } from "vitest";
import { buildTestPdf } from "./build-test-pdf";
import { extractPdf } from "./extract-pdf";

const ENCRYPT =
  `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> /P -4 >> ` +
  `/ID [<${"01".repeat(16)}> <${"01".repeat(16)}>] `;

describe("extractPdf", () => {
  it("returns the text layer, lines on their own lines and pages separated by a blank line", async () => {
    const pdf = buildTestPdf([
      "BT /F1 12 Tf 72 720 Td (I left the group in 2015.) Tj 0 -20 Td (They lied to us.) Tj ET",
      "BT /F1 12 Tf 72 720 Td (Page two.) Tj ET",
    ]);
    expect(await extractPdf(pdf)).toEqual({
      ok: true,
      text: "I left the group in 2015.\nThey lied to us.\n\nPage two.",
    });
  });

  it("leaves the caller's bytes usable, though pdf.js detaches the buffer it reads", async () => {
    const pdf = buildTestPdf(["BT /F1 12 Tf 72 720 Td (Hello) Tj ET"]);
    await extractPdf(pdf);
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(await extractPdf(pdf)).toEqual({ ok: true, text: "Hello" });
  });

  it('refuses a PDF of images only as "scanned, needs OCR"', async () => {
    const scan = buildTestPdf(["q 612 0 0 792 0 0 cm 0.5 g 0 0 1 1 re f Q"]);
    const result = await extractPdf(scan);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("scanned, needs OCR");
  });

  it("refuses a file that is not a PDF", async () => {
    const result = await extractPdf(new TextEncoder().encode("%PDF-1.4 and then nothing a reader could use"));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("not a readable PDF") });
  });

  it("refuses an empty file", async () => {
    expect(await extractPdf(new Uint8Array(0))).toEqual({ ok: false, error: expect.stringContaining("not a readable PDF") });
  });

  it("refuses a PDF of more pages than the limit before reading any, naming IMPORT_MAX_PDF_PAGES", async () => {
    const pdf = buildTestPdf(["p1", "p2", "p3"].map((text) => `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`));
    expect(await extractPdf(pdf, { maxPdfPages: 3 })).toEqual({ ok: true, text: "p1\n\np2\n\np3" });
    expect(await extractPdf(pdf, { maxPdfPages: 2 })).toEqual({
      ok: false,
      error:
        "The PDF has 3 pages; this server imports PDFs of at most 2 pages (IMPORT_MAX_PDF_PAGES). " +
        "Split the PDF, or ask the administrator to raise IMPORT_MAX_PDF_PAGES.",
    });
  });

  it("refuses by default a small file of 2,001 pages", async () => {
    const pdf = buildTestPdf(Array.from({ length: 2_001 }, () => "BT /F1 12 Tf 72 720 Td (x) Tj ET"));
    expect(await extractPdf(pdf)).toEqual({ ok: false, error: expect.stringMatching(/^The PDF has 2,001 pages; .* at most 2,000 pages/) });
  });

  it("stops at the page that takes the text past the character limit, naming IMPORT_MAX_CHARACTERS", async () => {
    // Three pages of "Hello" make 19 characters with the blank lines between them.
    const pdf = buildTestPdf(Array.from({ length: 3 }, () => "BT /F1 12 Tf 72 720 Td (Hello) Tj ET"));
    expect(await extractPdf(pdf, { maxTotalCharacters: 19 })).toEqual({ ok: true, text: "Hello\n\nHello\n\nHello" });
    expect(await extractPdf(pdf, { maxTotalCharacters: 18 })).toEqual({
      ok: false,
      error:
        "There are more than 18 characters of text in the PDF; this server imports at most 18 characters at once " +
        "(IMPORT_MAX_CHARACTERS). Split the PDF, or ask the administrator to raise IMPORT_MAX_CHARACTERS.",
    });
  });

  it("refuses a password-protected PDF, saying so", async () => {
    const result = await extractPdf(buildTestPdf(["BT /F1 12 Tf 72 720 Td (Secret) Tj ET"], ENCRYPT));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("password-protected") });
  });
});
