import { deriveGuid } from "./derive-guid";
import { guidKey } from "./guid-key";
import { EXPORT_ORIGIN, PROJECT_NAMESPACE } from "./namespaces";
import type { RefiCoding, RefiProject, RefiVariable, RefiVariableValue } from "./types";
import { writeCodesXml } from "./write-codes-xml";
import { escapeAttribute, escapeText, removeXmlIllegalCharacters } from "./xml-escape";

type Passage = { guid: string; start: number; end: number; quote: string; codings: RefiCoding[] };

/** A memo written as a REFI-QDA Note, which the object it belongs to refers to by NoteRef. */
type Note = { guid: string; name: string; text: string; userGuid?: string | null; createdAt?: string | null };

const VALUE_ELEMENTS: Record<RefiVariable["type"], string> = {
  Text: "TextValue",
  Boolean: "BooleanValue",
  Integer: "IntegerValue",
  Float: "FloatValue",
  Date: "DateValue",
  DateTime: "DateTimeValue",
};

/** Pieces of XML gathered before they are handed on as one chunk: large enough to be cheap, small enough to stay flat. */
const PIECES_PER_CHUNK = 4096;

/** The project as one QDA-XML string; see projectXmlChunks. */
export function writeProjectXml(project: RefiProject, textPaths: Map<string, string> | null): string {
  return [...projectXmlChunks(project, textPaths)].join("");
}

/**
 * The project as QDA-XML in chunks of a few hundred kilobytes, elements in the schema's order. Texts go to
 * `textPaths` (source GUID -> plainTextPath) when given, else inline as PlainTextContent. Positions are code
 * points, as REFI-QDA says; each passage is named by its first words, as ATLAS.ti does, which lets a reader check
 * positions against the text. Assumes checkProject found nothing; runs in time linear in the project's size (plus
 * sorting each source's passages). Memos (a coding's, a document's notes, the project description) go both into the
 * Description of what they belong to and into a Note it refers to, as different tools read one or the other; a
 * Note's GUID is derived from its owner's, so an export is the same every time.
 */
export function* projectXmlChunks(project: RefiProject, textPaths: Map<string, string> | null): Generator<string> {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  out.push(
    `<Project xmlns="${PROJECT_NAMESPACE}"${attrs({
      name: project.name,
      origin: EXPORT_ORIGIN,
      creatingUserGUID: project.creatingUserGuid,
      creationDateTime: project.createdAt,
      modifiedDateTime: project.modifiedAt,
    })}>\n`,
  );
  if (project.users.length > 0) {
    out.push("  <Users>\n");
    for (const user of project.users) out.push(`    <User${attrs({ guid: user.guid, name: user.name, id: user.id })}/>\n`);
    out.push("  </Users>\n");
  }
  if (project.codes.length > 0) {
    out.push("  <CodeBook>\n    <Codes>\n");
    writeCodesXml(project.codes, out, "      ");
    out.push("    </Codes>\n  </CodeBook>\n");
  }
  const variables = new Map(project.variables.map((variable) => [guidKey(variable.guid), variable]));
  if (project.variables.length > 0) {
    out.push("  <Variables>\n");
    for (const variable of project.variables) {
      const head = `    <Variable${attrs({ guid: variable.guid, name: variable.name, typeOfVariable: variable.type })}`;
      out.push(variable.description == null ? `${head}/>\n` : `${head}>\n${description(variable.description, "      ")}    </Variable>\n`);
    }
    out.push("  </Variables>\n");
  }
  if (project.cases.length > 0) {
    out.push("  <Cases>\n");
    for (const written of project.cases) {
      out.push(`    <Case${attrs({ guid: written.guid, name: written.name })}>\n${description(written.description, "      ")}`);
      writeValues(written.values, variables, out, "      ");
      for (const guid of written.sourceGuids) out.push(`      <SourceRef targetGUID="${escapeAttribute(guid)}"/>\n`);
      out.push("    </Case>\n");
    }
    out.push("  </Cases>\n");
  }
  const notes: Note[] = [];
  if (project.sources.length > 0) {
    const passages = groupPassages(project.codings);
    out.push("  <Sources>\n");
    for (const source of project.sources) {
      const path = textPaths?.get(source.guid) ?? null;
      out.push(
        `    <TextSource${attrs({ guid: source.guid, name: source.name, plainTextPath: path, creatingUser: source.userGuid, creationDateTime: source.createdAt })}>\n`,
      );
      out.push(description(source.description, "      "));
      if (path === null) out.push(`      <PlainTextContent>${escapeText(source.text)}</PlainTextContent>\n`);
      for (const passage of passages.get(guidKey(source.guid)) ?? []) {
        writePassage(passage, out, notes);
        if (out.length >= PIECES_PER_CHUNK) {
          yield out.join("");
          out.length = 0;
        }
      }
      if (source.description != null) {
        const note = { guid: deriveGuid(source.guid, "notes"), name: `Notes on ${source.name}`, text: source.description, userGuid: source.userGuid, createdAt: source.createdAt };
        notes.push(note);
        out.push(`      <NoteRef targetGUID="${note.guid}"/>\n`);
      }
      writeValues(source.values ?? [], variables, out, "      ");
      out.push("    </TextSource>\n");
      if (out.length >= PIECES_PER_CHUNK) {
        yield out.join("");
        out.length = 0;
      }
    }
    out.push("  </Sources>\n");
  }
  const projectNote = project.description == null ? null : { guid: deriveGuid(`project:${project.name}`, "description"), name: "Project description", text: project.description };
  if (projectNote !== null) notes.push(projectNote);
  if (notes.length > 0) {
    // Every Note carries a date: QualCoder's import stops at a Note without one, losing the rest of the file.
    const writtenAt = project.modifiedAt ?? project.createdAt ?? new Date().toISOString();
    out.push("  <Notes>\n");
    for (const note of notes) {
      out.push(`    <Note${attrs({ guid: note.guid, name: note.name, creatingUser: note.userGuid, creationDateTime: note.createdAt ?? writtenAt })}>`);
      out.push(`<PlainTextContent>${escapeText(note.text)}</PlainTextContent></Note>\n`);
      if (out.length >= PIECES_PER_CHUNK) {
        yield out.join("");
        out.length = 0;
      }
    }
    out.push("  </Notes>\n");
  }
  if (project.sets.length > 0) {
    out.push("  <Sets>\n");
    for (const set of project.sets) {
      out.push(`    <Set${attrs({ guid: set.guid, name: set.name })}>\n${description(set.description, "      ")}`);
      for (const guid of set.codeGuids) out.push(`      <MemberCode targetGUID="${escapeAttribute(guid)}"/>\n`);
      for (const guid of set.sourceGuids) out.push(`      <MemberSource targetGUID="${escapeAttribute(guid)}"/>\n`);
      out.push("    </Set>\n");
    }
    out.push("  </Sets>\n");
  }
  out.push(description(project.description, "  "));
  if (projectNote !== null) out.push(`  <NoteRef targetGUID="${projectNote.guid}"/>\n`);
  out.push("</Project>\n");
  yield out.join("");
}

/** ` name="value"` for each value given, in order. */
function attrs(values: Record<string, string | null | undefined>): string {
  let written = "";
  for (const [name, value] of Object.entries(values)) {
    if (value != null) written += ` ${name}="${escapeAttribute(value)}"`;
  }
  return written;
}

/** A `<Description>` line, or nothing when there is no description. */
function description(text: string | null | undefined, indent: string): string {
  return text == null ? "" : `${indent}<Description>${escapeText(text)}</Description>\n`;
}

/** Codings by source (guidKey), merged into passages by selection GUID, each source's passages in text order. */
function groupPassages(codings: RefiCoding[]): Map<string, Passage[]> {
  const bySelection = new Map<string, Passage>();
  const bySource = new Map<string, Passage[]>();
  for (const coding of codings) {
    // A coding without a selection gets one of its own, derived from its unique GUID: no other coding shares it.
    let passage = coding.selectionGuid == null ? undefined : bySelection.get(guidKey(coding.selectionGuid));
    if (passage === undefined) {
      const guid = coding.selectionGuid ?? deriveGuid(coding.guid, "selection");
      passage = { guid, start: coding.start, end: coding.end, quote: coding.quote, codings: [] };
      if (coding.selectionGuid != null) bySelection.set(guidKey(guid), passage);
      const sourceKey = guidKey(coding.sourceGuid);
      const list = bySource.get(sourceKey);
      if (list === undefined) bySource.set(sourceKey, [passage]);
      else list.push(passage);
    }
    passage.codings.push(coding);
  }
  for (const list of bySource.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return bySource;
}

// GUIDs, dates and numbers below were checked by checkProject, so they need no escaping: the loop writing
// passages runs once per coding and dominates the export's time.
function writePassage(passage: Passage, out: string[], notes: Note[]): void {
  const first = passage.codings[0]!;
  const name = passageName(passage.quote);
  let xml =
    `      <PlainTextSelection guid="${passage.guid}" name="${escapeAttribute(name)}"` +
    ` startPosition="${passage.start}" endPosition="${passage.end}"${creation(first)}>`;
  const memos = [...new Set(passage.codings.flatMap((coding) => (coding.memo ? [coding.memo] : [])))];
  if (memos.length > 0) xml += `<Description>${escapeText(memos.join("\n\n"))}</Description>`;
  for (const coding of passage.codings) {
    xml += `<Coding guid="${coding.guid}"${creation(coding)}><CodeRef targetGUID="${coding.codeGuid}"/>`;
    if (coding.memo) {
      const note = { guid: deriveGuid(coding.guid, "memo"), name: `Memo on "${name}"`, text: coding.memo, userGuid: coding.userGuid, createdAt: coding.createdAt };
      notes.push(note);
      xml += `<NoteRef targetGUID="${note.guid}"/>`;
    }
    xml += "</Coding>";
  }
  out.push(`${xml}</PlainTextSelection>\n`);
}

function creation(coding: RefiCoding): string {
  const user = coding.userGuid == null ? "" : ` creatingUser="${coding.userGuid}"`;
  return coding.createdAt == null ? user : `${user} creationDateTime="${coding.createdAt}"`;
}

/** The passage's first words, spaces collapsed, cut at 30 code points with "…". */
function passageName(quote: string): string {
  const words = removeXmlIllegalCharacters(quote.slice(0, 120)).replace(/\s+/g, " ").trim();
  if (words.length <= 30) return words;
  let utf16End = 0;
  for (let codePoints = 0; codePoints < 30 && utf16End < words.length; codePoints++) {
    utf16End += words.codePointAt(utf16End)! > 0xffff ? 2 : 1;
  }
  return utf16End >= words.length ? words : `${words.slice(0, utf16End).trimEnd()}…`;
}

function writeValues(values: RefiVariableValue[], variables: Map<string, RefiVariable>, out: string[], indent: string): void {
  for (const { variableGuid, value } of values) {
    const variable = variables.get(guidKey(variableGuid))!;
    out.push(`${indent}<VariableValue><VariableRef targetGUID="${escapeAttribute(variable.guid)}"/>`);
    if (value !== null) {
      const element = VALUE_ELEMENTS[variable.type];
      out.push(`<${element}>${escapeText(typeof value === "number" ? decimal(value) : String(value))}</${element}>`);
    }
    out.push("</VariableValue>\n");
  }
}

/** A number as xsd:decimal wants it: digits and a point, never an exponent ("1e-7" is not a decimal). */
function decimal(value: number): string {
  const written = String(value);
  if (!/e/i.test(written)) return written;
  return Math.abs(value) >= 1 ? BigInt(value).toString() : value.toFixed(100).replace(/0+$/, "");
}
