import { strToU8, zipSync } from "fflate";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A minimal .docx for tests: the package parts Word needs around `body` (the inner XML of <w:body>) and, when given,
 * footnotes (the inner XML of <w:footnotes>). Building it here keeps binary fixtures out of the repository.
 */
export function buildTestDocx(body: string, footnotes?: string): Uint8Array {
  const footnotesPart = footnotes === undefined ? undefined : `<w:footnotes ${W}>${footnotes}</w:footnotes>`;
  const contentTypes =
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const packageRels =
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" ` +
    'Target="word/document.xml"/></Relationships>';
  const footnotesRel = `<Relationship Id="rId1" Type="${OFFICE_RELS}/footnotes" Target="footnotes.xml"/>`;
  const documentRels = `<Relationships xmlns="${RELS}">${footnotesPart === undefined ? "" : footnotesRel}</Relationships>`;
  return zipSync({
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(packageRels),
    "word/_rels/document.xml.rels": strToU8(documentRels),
    "word/document.xml": strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(footnotesPart === undefined ? {} : { "word/footnotes.xml": strToU8(footnotesPart) }),
  });
}

/** A Word paragraph of runs; "\n" in `text` becomes a manual line break, `style` a paragraph style such as Heading1. */
export function testParagraph(text: string, style?: string): string {
  const runs = text
    .split("\n")
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join("<w:br/>");
  const properties = style === undefined ? "" : `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`;
  return `<w:p>${properties}<w:r>${runs}</w:r></w:p>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
