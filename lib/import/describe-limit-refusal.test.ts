import { describe, expect, it } from "vitest";
import { describeLimitRefusal } from "./describe-limit-refusal";

describe("describeLimitRefusal", () => {
  it("gives a PDF's page count, the limit, its variable and the two ways on", () => {
    expect(describeLimitRefusal({ limit: "maxPdfPages", max: 2_000, pages: 20_000 })).toBe(
      "The PDF has 20,000 pages; this server imports PDFs of at most 2,000 pages (IMPORT_MAX_PDF_PAGES). " +
        "Split the PDF, or ask the administrator to raise IMPORT_MAX_PDF_PAGES.",
    );
  });

  it('says "more than" the character limit, since characters are not counted past it', () => {
    expect(describeLimitRefusal({ limit: "maxTotalCharacters", max: 50_000_000, where: "the file", what: "the file" })).toBe(
      "There are more than 50,000,000 characters of text in the file; this server imports at most 50,000,000 " +
        "characters at once (IMPORT_MAX_CHARACTERS). Split the file, or ask the administrator to raise IMPORT_MAX_CHARACTERS.",
    );
  });

  it("gives the declared expanded size and the limit in MB", () => {
    const refusal = { limit: "maxExpandedBytes", max: 200 * 1024 * 1024, subject: "The Word document", bytes: 219_571_200, what: "the document" } as const;
    expect(describeLimitRefusal(refusal)).toBe(
      "The Word document would expand to 209.4 MB when unpacked; this server unpacks at most 200 MB of a .docx or " +
        ".qdpx file (IMPORT_MAX_EXPANDED_MB). Split the document, or ask the administrator to raise IMPORT_MAX_EXPANDED_MB.",
    );
  });
});
