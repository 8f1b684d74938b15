import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildTestDocx, testParagraph } from "./build-test-docx";
import { extractDocx } from "./extract-docx";

const cell = (text: string) => `<w:tc>${testParagraph(text)}</w:tc>`;
const MB = 1024 * 1024;

/** The docx with word/document.xml's size in the ZIP's central directory changed to `declared` bytes. */
function declareDocumentSize(docx: Uint8Array, declared: number): Uint8Array {
  const copy = docx.slice();
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode("word/document.xml");
  for (let at = 0; at + 46 + name.length <= copy.length; at++) {
    const isHeader = view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length;
    if (isHeader && name.every((byte, i) => copy[at + 46 + i] === byte)) {
      view.setUint32(at + 24, declared, true);
      return copy;
    }
  }
  throw new Error("word/document.xml is not in the central directory");
}

describe("extractDocx", () => {
  it("gives headings, paragraphs and table cells a paragraph each, separated by blank lines", async () => {
    const docx = buildTestDocx(
      testParagraph("Interview 3", "Heading1") +
        testParagraph("I joined in 2013.") +
        `<w:tbl><w:tr>${cell("Question")}${cell("Answer")}</w:tr><w:tr>${cell("Why?")}${cell("Money.")}</w:tr></w:tbl>` +
        testParagraph("I left in 2015."),
    );
    expect(await extractDocx(docx)).toEqual({
      ok: true,
      text: "Interview 3\n\nI joined in 2013.\n\nQuestion\n\nAnswer\n\nWhy?\n\nMoney.\n\nI left in 2015.",
    });
  });

  it("keeps a manual line break as a line break, not running the words together", async () => {
    const docx = buildTestDocx(testParagraph("first line\nsecond line"));
    expect(await extractDocx(docx)).toEqual({ ok: true, text: "first line\nsecond line" });
  });

  it("keeps Arabic, emoji and the characters HTML escapes (& < > \") as written, and drops empty paragraphs", async () => {
    const docx = buildTestDocx(testParagraph('قال: "a < b & c > d" 😔') + "<w:p/>" + testParagraph("بعد"));
    expect(await extractDocx(docx)).toEqual({ ok: true, text: 'قال: "a < b & c > d" 😔\n\nبعد' });
  });

  it("puts footnotes after the body, keeping the reference mark but not the back link", async () => {
    const footnoteReference = '<w:r><w:footnoteReference w:id="1"/></w:r>';
    const docx = buildTestDocx(
      `<w:p><w:r><w:t>He was paid.</w:t></w:r>${footnoteReference}</w:p>`,
      `<w:footnote w:id="1">${testParagraph("Interviewer's note.")}</w:footnote>`,
    );
    expect(await extractDocx(docx)).toEqual({ ok: true, text: "He was paid.[1]\n\nInterviewer's note." });
  });

  it("refuses a document that would expand past the limit before inflating it, naming IMPORT_MAX_EXPANDED_MB", async () => {
    // 2 MB of one repeated sentence deflates to a few kilobytes: the shape of a decompression bomb.
    const docx = buildTestDocx(testParagraph("I left the group in 2015. ".repeat(80_000)));
    expect(docx.length).toBeLessThan(50 * 1024);
    const result = await extractDocx(docx, { maxExpandedBytes: MB });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^The Word document would expand to 2 MB when unpacked; this server unpacks at most 1 MB of a \.docx or \.qdpx file \(IMPORT_MAX_EXPANDED_MB\)\. Split the document, or ask the administrator to raise IMPORT_MAX_EXPANDED_MB\.$/,
      ),
    });
    expect(await extractDocx(docx, { maxExpandedBytes: 3 * MB })).toMatchObject({ ok: true });
  });

  it("refuses by default a document whose entries declare more than 200 MB", async () => {
    const docx = declareDocumentSize(buildTestDocx(testParagraph("I left.")), 300 * MB);
    expect(await extractDocx(docx)).toEqual({
      ok: false,
      error: expect.stringContaining("would expand to 300 MB when unpacked; this server unpacks at most 200 MB"),
    });
  });

  it("refuses a document whose entry inflates to more than it declares, rather than trusting the size", async () => {
    const docx = declareDocumentSize(buildTestDocx(testParagraph("I left the group in 2015. ".repeat(1_000))), 100);
    expect(await extractDocx(docx)).toEqual({ ok: false, error: expect.stringContaining("not a readable Word document") });
  });

  it("refuses a document of more characters than the limit, naming IMPORT_MAX_CHARACTERS", async () => {
    const docx = buildTestDocx(testParagraph("I left.") + testParagraph("😔"));
    // "I left.\n\n😔" is 10 code points.
    expect(await extractDocx(docx, { maxTotalCharacters: 10 })).toEqual({ ok: true, text: "I left.\n\n😔" });
    expect(await extractDocx(docx, { maxTotalCharacters: 9 })).toEqual({
      ok: false,
      error:
        "There are more than 9 characters of text in the document; this server imports at most 9 characters at once " +
        "(IMPORT_MAX_CHARACTERS). Split the document, or ask the administrator to raise IMPORT_MAX_CHARACTERS.",
    });
  });

  it("refuses a file that is not a zip", async () => {
    const result = await extractDocx(new TextEncoder().encode("plain words, not a document"));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("not a readable Word document (.docx)") });
  });

  it("refuses a zip without a Word document inside", async () => {
    const zip = zipSync({ "readme.txt": strToU8("hello") });
    expect(await extractDocx(zip)).toEqual({ ok: false, error: expect.stringContaining("save it again as .docx") });
  });
});
