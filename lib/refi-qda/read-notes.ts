import { decodeTextBytes } from "./decode-text-bytes";
import { guidKey } from "./guid-key";
import type { SourceFiles } from "./import-state";
import { listSome, plural, was } from "./wording";
import { attribute, childText, element, elements, type XmlElement } from "./xml-nodes";

type Note = { name: string; text: string };

/**
 * The file's /Project/Notes (memos), each read once and handed to whatever refers to it by NoteRef. Notes no
 * element refers to (a set may list one as a member; that does not make it the set's) belong to the project; notes
 * whose only referrers were not imported are reported as lost.
 */
export type NoteTable = {
  /** The texts of the NoteRefs directly inside `holder`, marked as used. */
  take(holder: XmlElement | undefined): string[];
  /** Inside the project's description: the notes nothing refers to, as "name: text" paragraphs. */
  unreferenced(): string[];
  /** A sentence naming the notes referred to only by items that were not imported, or null. */
  lost(): string | null;
};

export function readNotes(root: XmlElement, files: SourceFiles | null): NoteTable {
  const notes = new Map<string, Note>();
  for (const note of elements(element(root, "Notes"), "Note")) {
    const guid = attribute(note, "guid");
    if (guid === null) continue;
    notes.set(guidKey(guid), { name: attribute(note, "name") ?? "", text: noteText(note, files) });
  }
  const referred = new Set<string>();
  if (notes.size > 0) collectRefs(root, referred);
  const used = new Set<string>();
  return {
    take(holder) {
      return elements(holder, "NoteRef").flatMap((ref) => {
        const key = guidKey(attribute(ref, "targetGUID") ?? "");
        const note = notes.get(key);
        if (note === undefined) return [];
        used.add(key);
        return note.text === "" ? [] : [note.text];
      });
    },
    unreferenced() {
      return [...notes].filter(([key, note]) => !referred.has(key) && note.text !== "").map(([key, note]) => {
        used.add(key);
        return note.name === "" ? note.text : `${note.name}: ${note.text}`;
      });
    },
    lost() {
      const lost = [...notes].filter(([key]) => referred.has(key) && !used.has(key)).map(([, note]) => note.name || note.text.slice(0, 40));
      if (lost.length === 0) return null;
      return `${plural(lost.length, "note (memo)", "notes (memos)")} ${was(lost.length)} not imported, as what ${lost.length === 1 ? "it belongs" : "they belong"} to was not imported (a link, or a passage or source not imported): ${listSome(lost)}.`;
    },
  };
}

/** Memos joined as paragraphs, each distinct text once (our export writes a memo both as Description and as a Note). */
export function joinMemos(parts: (string | null | undefined)[]): string | null {
  const distinct = [...new Set(parts.filter((part): part is string => part != null && part !== ""))];
  return distinct.length === 0 ? null : distinct.join("\n\n");
}

function noteText(note: XmlElement, files: SourceFiles | null): string {
  const path = attribute(note, "plainTextPath");
  const file = path === null || files === null ? null : files(path);
  if (file !== null) return decodeTextBytes(file.bytes).text.replace(/\r\n?/g, "\n");
  return (childText(note, "PlainTextContent") ?? childText(note, "Description") ?? "").replace(/\r\n?/g, "\n");
}

function collectRefs(node: XmlElement, into: Set<string>): void {
  for (const [name, children] of Object.entries(node)) {
    if (!Array.isArray(children)) continue;
    for (const child of children as unknown[]) {
      if (typeof child !== "object" || child === null) continue;
      if (name === "NoteRef") into.add(guidKey(attribute(child as XmlElement, "targetGUID") ?? ""));
      else collectRefs(child as XmlElement, into);
    }
  }
}
