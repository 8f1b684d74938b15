import mammoth from "mammoth";
import type { TextResult } from "./types";

// Mammoth's HTML is narrow and regular: these elements start or end a block, <br /> is a line break inside one, and
// text escapes only & < > (attributes also "). So it can be turned back into text without an HTML parser.
const BLOCK_TAG = /<\/?(?:p|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|dl|dt|dd|blockquote|pre)(?:\s[^>]*)?>/g;
const FOOTNOTE_BACK_LINK = /<a href="#[^"]*">↑<\/a>/g;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&amp;": "&" };
const BLOCK_BREAK = "\u0000";

/**
 * The text of a Word (.docx) file: one paragraph per Word paragraph, heading, list item and table cell, separated by
 * a blank line; a manual line break stays a line break within its paragraph. Footnotes and endnotes follow the body
 * as paragraphs, their references kept as [1], [2]. Images and empty paragraphs leave nothing.
 *
 * Mammoth's HTML conversion is used rather than its raw text because the raw text drops line breaks, running the
 * words on either side of one together.
 */
export async function extractDocx(bytes: Uint8Array): Promise<TextResult> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch {
    return {
      ok: false,
      error:
        "The file is not a readable Word document (.docx): it is damaged or in another format. " +
        "Open it in Word and save it again as .docx, or save it as PDF or plain text.",
    };
  }
  const paragraphs = html
    .replace(FOOTNOTE_BACK_LINK, "")
    .replace(/<br \/>/g, "\n")
    .replace(BLOCK_TAG, BLOCK_BREAK)
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:lt|gt|quot|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .split(BLOCK_BREAK)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  return { ok: true, text: paragraphs.join("\n\n") };
}
