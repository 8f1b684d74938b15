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

  it("refuses a password-protected PDF, saying so", async () => {
    const result = await extractPdf(buildTestPdf(["BT /F1 12 Tf 72 720 Td (Secret) Tj ET"], ENCRYPT));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("password-protected") });
  });
});
