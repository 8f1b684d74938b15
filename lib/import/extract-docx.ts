import mammoth from "mammoth";
import { safeUnzip } from "../zip/safe-unzip";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "./check-import-limits";
import { countCodePointsUpTo } from "./count-code-points-up-to";
import { describeLimitRefusal } from "./describe-limit-refusal";
import type { TextResult } from "./types";

// Mammoth's HTML is narrow and regular: these elements start or end a block, <br /> is a line break inside one, and
// text escapes only & < > (attributes also "). So it can be turned back into text without an HTML parser.
const BLOCK_TAG = /<\/?(?:p|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|dl|dt|dd|blockquote|pre)(?:\s[^>]*)?>/g;
const FOOTNOTE_BACK_LINK = /<a href="#[^"]*">↑<\/a>/g;
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&amp;": "&" };
const BLOCK_BREAK = "\u0000";
const UNREADABLE =
  "The file is not a readable Word document (.docx): it is damaged or in another format. " +
  "Open it in Word and save it again as .docx, or save it as PDF or plain text.";

/**
 * The text of a Word (.docx) file: one paragraph per Word paragraph, heading, list item and table cell, separated by
 * a blank line; a manual line break stays a line break within its paragraph. Footnotes and endnotes follow the body
 * as paragraphs, their references kept as [1], [2]. Images and empty paragraphs leave nothing.
 *
 * Mammoth's HTML conversion is used rather than its raw text because the raw text drops line breaks, running the
 * words on either side of one together.
 */
export async function extractDocx(bytes: Uint8Array, limits: Partial<ImportLimits> = {}): Promise<TextResult> {
  const { maxExpandedBytes, maxTotalCharacters } = { ...DEFAULT_IMPORT_LIMITS, ...limits };
  const sizeCheck = checkExpandedSize(bytes, maxExpandedBytes);
  if (!sizeCheck.ok) return sizeCheck;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch {
    return { ok: false, error: UNREADABLE };
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
  const text = paragraphs.join("\n\n");
  if (countCodePointsUpTo(text, maxTotalCharacters) > maxTotalCharacters) {
    const error = describeLimitRefusal({ limit: "maxTotalCharacters", max: maxTotalCharacters, where: "the document", what: "the document" });
    return { ok: false, error };
  }
  return { ok: true, text };
}

/**
 * Refuses a .docx whose entries declare more bytes in all than `maxExpandedBytes`, before mammoth inflates anything:
 * a 352 KB document can hold a document.xml of hundreds of megabytes. Every entry is then inflated once, bounded by
 * its declared size, because mammoth (through JSZip) trusts the sizes and would inflate a lying entry without end.
 * The ratio check of safeUnzip is off: for a .docx the expanded size is the limit that matters, and it names its
 * setting.
 */
function checkExpandedSize(bytes: Uint8Array, maxExpandedBytes: number): { ok: true } | { ok: false; error: string } {
  const unzipped = safeUnzip(bytes, { limits: { maxTotalBytes: maxExpandedBytes, maxCompressionRatio: Infinity } });
  if (unzipped.ok) return { ok: true };
  if (unzipped.error.kind !== "too-large") return { ok: false, error: UNREADABLE };
  const subject = "The Word document";
  const refusal = { limit: "maxExpandedBytes", max: maxExpandedBytes, subject, bytes: unzipped.error.bytes, what: "the document" } as const;
  return { ok: false, error: describeLimitRefusal(refusal) };
}
