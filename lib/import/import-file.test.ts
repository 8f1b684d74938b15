import { describe, expect, it } from "vitest";
import { buildTestDocx, testParagraph } from "./build-test-docx";
import { buildTestPdf } from "./build-test-pdf";
import { contentHash } from "./content-hash";
import { importFile } from "./import-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("importFile", () => {
  it("imports a UTF-8 .txt with CRLF as LF text, titled by the file name", async () => {
    const result = await importFile({ name: "Abu Omar, 2016.txt", bytes: utf8("\uFEFFI left.\r\nThey lied.") });
    expect(result).toEqual({
      ok: true,
      statement: {
        title: "Abu Omar, 2016",
        text: "I left.\nThey lied.",
        language: null,
        direction: "ltr",
        contentHash: contentHash("I left.\nThey lied."),
      },
    });
  });

  it("marks an Arabic .md as right to left and Arabic", async () => {
    const result = await importFile({ name: "شهادة.MD", bytes: utf8("# شهادة\n\nتركت التنظيم لأنهم كذبوا علينا") });
    expect(result.ok && result.statement).toMatchObject({ title: "شهادة", language: "ar", direction: "rtl" });
  });

  it("drops folders from the title of a file chosen with its folder", async () => {
    const result = await importFile({ name: "interviews\\2016/witness 3.txt", bytes: utf8("text") });
    expect(result.ok && result.statement.title).toBe("witness 3");
  });

  it("imports a .docx", async () => {
    const docx = buildTestDocx(testParagraph("Interview", "Heading1") + testParagraph("I left."));
    const result = await importFile({ name: "interview.docx", bytes: docx });
    expect(result.ok && result.statement.text).toBe("Interview\n\nI left.");
  });

  it("imports a .pdf with a text layer", async () => {
    const pdf = buildTestPdf(["BT /F1 12 Tf 72 720 Td (I left.) Tj ET"]);
    const result = await importFile({ name: "scan.pdf", bytes: pdf });
    expect(result.ok && result.statement.text).toBe("I left.");
  });

  it("refuses a scanned PDF, naming the file and the reason", async () => {
    const result = await importFile({ name: "witness 4.pdf", bytes: buildTestPdf(["0 0 10 10 re f"]) });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^witness 4\.pdf: .*scanned, needs OCR/) });
  });

  it("refuses a PNG renamed .txt with the reason, naming the file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await importFile({ name: "photo.txt", bytes: png })).toEqual({
      ok: false,
      error: "photo.txt: The file is a PNG image file, not text. Import it with its own file extension.",
    });
  });

  it("refuses a file with only blank lines", async () => {
    expect(await importFile({ name: "empty.txt", bytes: utf8(" \r\n\n") })).toEqual({
      ok: false,
      error: "empty.txt: The file contains no text.",
    });
  });

  it("applies the limits it is given as each format is read, the file named first", async () => {
    const text = await importFile({ name: "long.txt", bytes: utf8("I left."), limits: { maxTotalCharacters: 6 } });
    expect(text).toEqual({ ok: false, error: expect.stringMatching(/^long\.txt: There are more than 6 characters .*IMPORT_MAX_CHARACTERS/) });
    const docx = buildTestDocx(testParagraph("I left."));
    expect(await importFile({ name: "long.docx", bytes: docx, limits: { maxTotalCharacters: 6 } })).toEqual({
      ok: false,
      error: expect.stringContaining("IMPORT_MAX_CHARACTERS"),
    });
    expect(await importFile({ name: "big.docx", bytes: docx, limits: { maxExpandedBytes: 100 } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^big\.docx: The Word document would expand to .*IMPORT_MAX_EXPANDED_MB/),
    });
    const pdf = buildTestPdf(["one", "two", "three"].map((word) => `BT /F1 12 Tf 72 720 Td (${word}) Tj ET`));
    expect(await importFile({ name: "report.pdf", bytes: pdf, limits: { maxPdfPages: 2 } })).toEqual({
      ok: false,
      error:
        "report.pdf: The PDF has 3 pages; this server imports PDFs of at most 2 pages (IMPORT_MAX_PDF_PAGES). " +
        "Split the PDF, or ask the administrator to raise IMPORT_MAX_PDF_PAGES.",
    });
  });

  it("sends a CSV to the CSV import", async () => {
    const result = await importFile({ name: "rows.csv", bytes: utf8("text\nhello") });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("import them with the CSV import") });
  });

  it("asks for an old .doc to be saved as .docx", async () => {
    const result = await importFile({ name: "old.doc", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("save it as .docx") });
  });

  it("refuses other extensions and files without one, listing what can be imported", async () => {
    for (const name of ["notes.rtf", "README"]) {
      const result = await importFile({ name, bytes: utf8("text") });
      expect(result).toEqual({ ok: false, error: expect.stringContaining("Only .txt, .md, .docx and .pdf files") });
    }
  });
});
