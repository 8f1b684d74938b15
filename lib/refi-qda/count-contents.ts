import type { FileContents } from "./types";
import type { XmlElement } from "./xml-nodes";

/**
 * Counts what the project file holds, wherever it sits (a coding inside a PDF's Representation counts too), so an
 * import can be compared with the file: imported plus skipped sources, and placed plus unplaced codings, must
 * add up to these numbers.
 */
export function countContents(root: XmlElement): FileContents {
  const contents: FileContents = {
    sources: { TextSource: 0, PDFSource: 0, PictureSource: 0, AudioSource: 0, VideoSource: 0 },
    selections: {
      PlainTextSelection: 0,
      PDFSelection: 0,
      PictureSelection: 0,
      AudioSelection: 0,
      VideoSelection: 0,
      TranscriptSelection: 0,
    },
    codings: 0,
    notes: 0,
    links: 0,
    graphs: 0,
    transcripts: 0,
  };
  const sources = contents.sources as Record<string, number>;
  const selections = contents.selections as Record<string, number>;
  const singles: Record<string, "codings" | "notes" | "links" | "graphs" | "transcripts"> = {
    Coding: "codings",
    Note: "notes",
    Link: "links",
    Graph: "graphs",
    Transcript: "transcripts",
  };

  const visit = (node: XmlElement, parentName: string) => {
    for (const [name, children] of Object.entries(node)) {
      if (!Array.isArray(children)) continue;
      for (const child of children as unknown[]) {
        if (name in sources && parentName === "Sources") sources[name]!++;
        else if (name in selections) selections[name]!++;
        else if (name in singles) contents[singles[name]!]++;
        if (typeof child === "object" && child !== null) visit(child as XmlElement, name);
      }
    }
  };
  visit(root, "Project");
  return contents;
}

/** Passages of any kind (text, PDF region, picture region, audio or video span, transcript) inside `element`. */
export function countSelections(element: XmlElement): number {
  return Object.values(countContents(element).selections).reduce((sum, n) => sum + n, 0);
}
