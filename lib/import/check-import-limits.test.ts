import { describe, expect, it } from "vitest";
import { checkImportLimits } from "./check-import-limits";

const MB = 1024 * 1024;

describe("checkImportLimits", () => {
  it("accepts files within the default limits", () => {
    expect(checkImportLimits([{ name: "a.txt", byteLength: 20 * MB, text: "short" }])).toEqual({ ok: true });
  });

  it("names each file over 20 MB with its size and the limit", () => {
    const result = checkImportLimits([
      { name: "big.pdf", byteLength: 25.5 * MB },
      { name: "small.txt", byteLength: 10 },
      { name: "huge.docx", byteLength: 40 * MB },
    ]);
    expect(result).toEqual({
      ok: false,
      error:
        "Files larger than 20 MB cannot be imported: big.pdf (25.5 MB), huge.docx (40 MB). Split them into smaller files.",
    });
  });

  it("refuses more than 200 files at once", () => {
    const files = Array.from({ length: 201 }, (_, index) => ({ name: `${index}.txt`, byteLength: 1 }));
    expect(checkImportLimits(files)).toEqual({
      ok: false,
      error: "201 files were chosen, but at most 200 can be imported at once; import them in batches.",
    });
  });

  it("counts characters as code points and names the file at which the total passes the limit", () => {
    const files = [
      { name: "one.txt", byteLength: 8, text: "😔😔" },
      { name: "two.txt", byteLength: 8, text: "😔😔" },
      { name: "three.txt", byteLength: 8, text: "😔😔" },
    ];
    expect(checkImportLimits(files, { maxTotalCharacters: 6 })).toEqual({ ok: true });
    expect(checkImportLimits(files, { maxTotalCharacters: 3 })).toEqual({
      ok: false,
      error:
        "These files hold 6 characters of text, more than the 3 one import can take; import the files from two.txt on " +
        "in another batch.",
    });
  });

  it("reports every limit exceeded in one message", () => {
    const result = checkImportLimits(
      [
        { name: "a.txt", byteLength: 5, text: "abc" },
        { name: "b.txt", byteLength: 5, text: "abc" },
      ],
      { maxFiles: 1, maxFileBytes: 4, maxTotalCharacters: 5 },
    );
    expect(result.ok).toBe(false);
    const error = result.ok ? "" : result.error;
    expect(error).toContain("at most 1 can be imported");
    expect(error).toContain("Files larger than 4 bytes cannot be imported: a.txt (5 bytes), b.txt (5 bytes).");
    expect(error).toContain("more than the 5 one import can take");
  });
});
