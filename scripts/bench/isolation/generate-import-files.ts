import { randomFillSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { buildTestDocx, testParagraph } from "@/lib/import/build-test-docx";
import { buildTestPdf } from "@/lib/import/build-test-pdf";
import { codePointLength } from "@/lib/offsets/code-points";
import { getImportLimits } from "@/services/import/import-limits";
import { generateStatement, seededRandom } from "../generate-long-statement";

/** How close to each limit the files come: near enough to be the worst accepted case, far enough to stay accepted. */
const NEAR = 0.97;
const CSV_SPEAKERS = 3_000;
const CSV_STATEMENT_LENGTH = 1_500;
const PDF_LINES_PER_PAGE = 45;
// buildTestPdf counts its offsets in UTF-16 units and Helvetica shows only Latin text, so the PDF's words are ASCII.
const PDF_WORDS = ["we", "left", "the", "village", "in", "2015", "and", "they", "promised", "houses", "but", "fighters", "were", "told", "to", "be", "patient", "emirs", "had", "cars"];
const DOCX_TEXT_LENGTH = 5_000_000;

export type ImportFile = { name: string; path: string; bytes: number; describe: string };

/**
 * The three near-limit files the supervisor imports, written into `directory`, sized against this instance's limits
 * (IMPORT_MAX_FILE_MB, IMPORT_MAX_PDF_PAGES, IMPORT_MAX_EXPANDED_MB, IMPORT_MAX_CHARACTERS), each valid and accepted.
 */
export function generateImportFiles(directory: string): ImportFile[] {
  const limits = getImportLimits();
  const random = seededRandom(11);
  const write = (name: string, bytes: Uint8Array, describe: string): ImportFile => {
    const file = path.join(directory, name);
    writeFileSync(file, bytes);
    return { name, path: file, bytes: bytes.byteLength, describe };
  };
  const pdf = nearLimitPdf(Math.floor(limits.maxPdfPages * NEAR), random);
  const csv = nearLimitCsv(Math.floor(limits.maxFileBytes * NEAR), random);
  const docx = nearLimitDocx(Math.floor(limits.maxFileBytes * NEAR), random);
  const of = (bytes: number, limit: number) => `${mib(bytes)} of the ${mib(limit)} limit`;
  return [
    write("isolation-bench.pdf", pdf.bytes, `${pdf.pages.toLocaleString("en")} pages of the ${limits.maxPdfPages.toLocaleString("en")} limit, ${pdf.codePoints.toLocaleString("en")} code points`),
    write("isolation-bench.csv", csv.bytes, `${csv.rows.toLocaleString("en")} statements from ${CSV_SPEAKERS.toLocaleString("en")} speakers, ${of(csv.bytes.byteLength, limits.maxFileBytes)}`),
    write(
      "isolation-bench.docx",
      docx.bytes,
      `${of(docx.bytes.byteLength, limits.maxFileBytes)} (an incompressible ${mib(docx.attachmentBytes)} attachment standing in for photos, and ` +
        `${docx.codePoints.toLocaleString("en")} code points of text), expanding to ${of(docx.expandedBytes, limits.maxExpandedBytes)}`,
    ),
  ];
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function nearLimitPdf(pages: number, random: () => number) {
  const line = () => Array.from({ length: 12 }, () => PDF_WORDS[Math.floor(random() * PDF_WORDS.length)]).join(" ");
  let codePoints = 0;
  const contents = Array.from({ length: pages }, () => {
    const lines = Array.from({ length: PDF_LINES_PER_PAGE }, line);
    codePoints += lines.reduce((sum, text) => sum + text.length + 1, 0);
    return `BT /F1 10 Tf 12 TL 50 750 Td ${lines.map((text) => `(${text}) Tj T*`).join(" ")} ET`;
  });
  return { bytes: buildTestPdf(contents), pages, codePoints };
}

/** Rows of the CSV import's own headers, added while the file stays under `maxBytes`. */
function nearLimitCsv(maxBytes: number, random: () => number) {
  const encoder = new TextEncoder();
  const chunks = [encoder.encode("text,title,alias,country,region,gender,defection_date,statement_date\n")];
  let bytes = chunks[0]!.byteLength;
  for (let row = 1; ; row++) {
    const speaker = row % CSV_SPEAKERS;
    const text = generateStatement(CSV_STATEMENT_LENGTH, random).replaceAll('"', '""');
    const facts = `Speaker ${speaker},Country ${speaker % 40},Region ${speaker % 6},${speaker % 7 === 0 ? "female" : "male"},2015-${String((speaker % 12) + 1).padStart(2, "0")}`;
    const chunk = encoder.encode(`"${text}",Statement ${row},${facts},2016-01-${String((row % 28) + 1).padStart(2, "0")}\n`);
    if (bytes + chunk.byteLength > maxBytes) return { bytes: concat(chunks, bytes), rows: row - 1 };
    chunks.push(chunk);
    bytes += chunk.byteLength;
  }
}

/**
 * A .docx of a very long transcript (5 million code points) plus a stored, incompressible attachment that brings the
 * file to `maxBytes`: text near the file-size limit would inflate past what mammoth can hold in a job's memory.
 */
function nearLimitDocx(maxBytes: number, random: () => number) {
  const text = generateStatement(DOCX_TEXT_LENGTH, random);
  const parts = unzipSync(buildTestDocx(text.split("\n\n").map((paragraph) => testParagraph(paragraph)).join("")));
  const textOnly = zipSync(parts).byteLength;
  // Random bytes do not compress: the file grows by the attachment's size (less room for its entry headers).
  const attachment = randomFillSync(new Uint8Array(Math.max(0, maxBytes - textOnly - 4096)));
  const withAttachment: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = { ...parts, "word/media/image1.jpeg": [attachment, { level: 0 }] };
  withAttachment["[Content_Types].xml"] = strToU8(
    new TextDecoder().decode(parts["[Content_Types].xml"]).replace("</Types>", '<Default Extension="jpeg" ContentType="image/jpeg"/></Types>'),
  );
  withAttachment["word/_rels/document.xml.rels"] = strToU8(
    new TextDecoder()
      .decode(parts["word/_rels/document.xml.rels"])
      .replace("</Relationships>", '<Relationship Id="rIdPhoto" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/></Relationships>'),
  );
  const expandedBytes = Object.values(withAttachment).reduce((sum, part) => sum + (Array.isArray(part) ? part[0] : part).byteLength, 0);
  return { bytes: zipSync(withAttachment), codePoints: codePointLength(text), attachmentBytes: attachment.byteLength, expandedBytes };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
