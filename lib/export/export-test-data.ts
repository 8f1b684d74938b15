import { createCodePointIndex } from "@/lib/offsets/code-points";
import type { ExportAnnotation, ExportData, ExportDocument } from "./types";

/** Code point offsets of the first occurrence of `quote` in `text`, for building test annotations. */
function spanOf(text: string, quote: string): { start: number; end: number } {
  const utf16Index = text.indexOf(quote);
  if (utf16Index < 0) throw new Error(`test quote ${quote} is not in the text`);
  const index = createCodePointIndex(text);
  return { start: index.fromUtf16Index(utf16Index), end: index.fromUtf16Index(utf16Index + quote.length) };
}

const arabic: ExportDocument = {
  id: "doc-ar",
  title: "شهادة أبو عمر",
  speaker: { alias: "Abu Omar", country: "Syria", region: "Raqqa", gender: "male", defectionDate: "2015-03" },
  statementDate: "2016",
  source: "Interview",
  url: "https://example.org/abu-omar",
  language: "ar",
  text: "😔 قال: تركت التنظيم لأنهم كذبوا علينا 🙏 وبعد ذلك هربت إلى تركيا مع عائلتي في الليل.",
};

const english: ExportDocument = {
  id: "doc-en",
  title: "=cmd|' /C calc'!A0",
  speaker: null,
  statementDate: null,
  source: null,
  url: null,
  language: "en",
  text: 'Intro.\nHe said, "we were paid, then\nwe were not," and left.\n- Did you believe them?\n- No.',
};

function annotation(
  id: string,
  document: ExportDocument,
  quote: string,
  fields: Partial<ExportAnnotation> = {},
): ExportAnnotation {
  return {
    id,
    documentId: document.id,
    coder: "amira",
    codeId: "grievance",
    ...spanOf(document.text, quote),
    quote,
    memo: null,
    createdAt: "2024-05-01T10:00:00.000Z",
    updatedAt: "2024-05-02T11:30:00.000Z",
    ...fields,
  };
}

/** A small project with the cases exports get wrong: Arabic and emoji, quotes, commas, newlines, formula-like cells. */
export const exportTestData: ExportData = {
  project: {
    name: "Defectors 2016",
    codes: [
      { id: "grievance", name: "grievance", label: "Grievance, personal", color: "#d33" },
      { id: "money", name: "money", label: "Material incentives", color: "#3a3" },
      { id: "unused", name: "unused", label: "Never applied", color: "#999" },
    ],
  },
  documents: [arabic, english],
  annotations: [
    annotation("a1", arabic, "كذبوا علينا 🙏", { memo: '=HYPERLINK("http://x")' }),
    annotation("a2", english, '"we were paid, then\nwe were not,"', { codeId: "money", memo: "quotes, commas\nand lines" }),
    annotation("a3", english, "- Did you believe them?", { coder: "ben", codeId: "grievance" }),
    annotation("a4", english, "we were paid", { coder: "ben", codeId: "money" }),
    annotation("a5", arabic, "😔", { coder: "ben", codeId: "money" }),
  ],
};
