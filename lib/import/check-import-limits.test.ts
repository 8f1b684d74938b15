import { describe, expect, it } from "vitest";
import { checkImportLimits } from "./check-import-limits";

const MB = 1024 * 1024;

describe("checkImportLimits", () => {
  it("accepts files within the default limits, a file of exactly 20 MB included", () => {
    expect(checkImportLimits([{ name: "a.txt", byteLength: 20 * MB }])).toEqual({ ok: true });
  });

  it("names each file over 20 MB with its size, the limit and the variable that raises it", () => {
    const result = checkImportLimits([
      { name: "big.pdf", byteLength: 25.5 * MB },
      { name: "small.txt", byteLength: 10 },
      { name: "huge.docx", byteLength: 40 * MB },
    ]);
    expect(result).toEqual({
      ok: false,
      error:
        "Files larger than 20 MB (IMPORT_MAX_FILE_MB) cannot be imported: big.pdf (25.5 MB), huge.docx (40 MB). " +
        "Split them into smaller files, or ask the administrator to raise IMPORT_MAX_FILE_MB.",
    });
  });

  it("refuses more than 200 files at once", () => {
    const files = Array.from({ length: 201 }, (_, index) => ({ name: `${index}.txt`, byteLength: 1 }));
    expect(checkImportLimits(files)).toEqual({
      ok: false,
      error: "201 files were chosen, but at most 200 can be imported at once (IMPORT_MAX_FILES); import them in batches.",
    });
  });

  it("reports every limit exceeded in one message", () => {
    const result = checkImportLimits(
      [
        { name: "a.txt", byteLength: 5 },
        { name: "b.txt", byteLength: 5 },
      ],
      { maxFiles: 1, maxFileBytes: 4 },
    );
    expect(result.ok).toBe(false);
    const error = result.ok ? "" : result.error;
    expect(error).toContain("at most 1 can be imported");
    expect(error).toContain("Files larger than 4 bytes (IMPORT_MAX_FILE_MB) cannot be imported: a.txt (5 bytes), b.txt (5 bytes).");
  });
});
