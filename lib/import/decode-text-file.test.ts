import { describe, expect, it } from "vitest";
import { decodeTextFile } from "./decode-text-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, byteOrder: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, byteOrder === "le");
  for (let utf16Index = 0; utf16Index < text.length; utf16Index++) {
    view.setUint16(2 + utf16Index * 2, text.charCodeAt(utf16Index), byteOrder === "le");
  }
  return bytes;
}

const statement = "قال: تركت التنظيم 😔\r\nI left.";

describe("decodeTextFile", () => {
  it("decodes UTF-8 without a byte order mark", () => {
    expect(decodeTextFile(utf8(statement))).toEqual({ ok: true, text: statement });
  });
  it("decodes UTF-8 with a byte order mark, dropping the mark", () => {
    expect(decodeTextFile(utf8(`\uFEFF${statement}`))).toEqual({ ok: true, text: statement });
  });
  it("decodes UTF-16 little-endian with a byte order mark, emoji included", () => {
    expect(decodeTextFile(utf16(statement, "le"))).toEqual({ ok: true, text: statement });
  });
  it("decodes UTF-16 big-endian with a byte order mark", () => {
    expect(decodeTextFile(utf16(statement, "be"))).toEqual({ ok: true, text: statement });
  });
  it("refuses Windows-1252 text rather than turning é into mojibake", () => {
    const result = decodeTextFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("not UTF-8 text") });
    expect(!result.ok && result.error).toContain("Save it as UTF-8");
  });
  it("calls random bytes binary data, not an older encoding", () => {
    let state = 12345;
    const junk = Uint8Array.from({ length: 4096 }, () => (state = (state * 1103515245 + 12345) % 2 ** 31) >>> 23);
    const result = decodeTextFile(junk);
    expect(!result.ok && result.error).toContain("holds binary data");
    expect(!result.ok && result.error).not.toContain("older encoding");
  });
  it("refuses UTF-16 with an odd number of bytes as damaged", () => {
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      error: expect.stringContaining("starts like UTF-16LE text but is damaged"),
    });
  });
  it("refuses a PNG renamed .txt, naming what it is", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeTextFile(png)).toEqual({ ok: false, error: expect.stringContaining("is a PNG image file, not text") });
  });
  it("refuses a PDF renamed .txt, pointing to its own extension", () => {
    expect(decodeTextFile(utf8("%PDF-1.7\n"))).toEqual({
      ok: false,
      error: expect.stringContaining("Import it with its own file extension"),
    });
  });
  it("refuses binary data with NUL bytes, though NUL is valid UTF-8", () => {
    expect(decodeTextFile(new Uint8Array([0x41, 0x00, 0x42, 0x00]))).toEqual({
      ok: false,
      error: expect.stringContaining("contains NUL characters"),
    });
  });
  it("decodes an empty file as empty text", () => {
    expect(decodeTextFile(new Uint8Array(0))).toEqual({ ok: true, text: "" });
  });

  describe("with a character limit", () => {
    // statement: 28 code points (the emoji is one, CRLF two) in 45 UTF-8 bytes.
    it("decodes a file of exactly the limit, the BOM not counted, as it did without one", () => {
      expect(decodeTextFile(utf8(`\uFEFF${statement}`), { maxCharacters: 28 })).toEqual({ ok: true, text: statement });
      expect(decodeTextFile(utf16(statement, "le"), { maxCharacters: 28 })).toEqual({ ok: true, text: statement });
    });

    it("refuses a file of one character more, naming IMPORT_MAX_CHARACTERS", () => {
      for (const bytes of [utf8(statement), utf16(statement, "le"), utf16(statement, "be")]) {
        expect(decodeTextFile(bytes, { maxCharacters: 27 })).toEqual({
          ok: false,
          error:
            "There are more than 27 characters of text in the file; this server imports at most 27 characters at once " +
            "(IMPORT_MAX_CHARACTERS). Split the file, or ask the administrator to raise IMPORT_MAX_CHARACTERS.",
        });
      }
    });
  });
});
