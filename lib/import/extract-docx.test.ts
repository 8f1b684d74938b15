import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildTestDocx, testParagraph } from "./build-test-docx";
import { extractDocx } from "./extract-docx";

const cell = (text: string) => `<w:tc>${testParagraph(text)}</w:tc>`;

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

  it("refuses a file that is not a zip", async () => {
    const result = await extractDocx(new TextEncoder().encode("plain words, not a document"));
    expect(result).toEqual({ ok: false, error: expect.stringContaining("not a readable Word document (.docx)") });
  });

  it("refuses a zip without a Word document inside", async () => {
    const zip = zipSync({ "readme.txt": strToU8("hello") });
    expect(await extractDocx(zip)).toEqual({ ok: false, error: expect.stringContaining("save it again as .docx") });
  });
});
