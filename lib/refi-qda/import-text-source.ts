import { countCodePointsUpTo } from "../import/count-code-points-up-to";
import { choosePositionUnit, startsWithName, type WrittenSelection } from "./choose-position-unit";
import { countSelections } from "./count-contents";
import { decodeTextBytes } from "./decode-text-bytes";
import { guidKey } from "./guid-key";
import type { ImportState } from "./import-state";
import { parseInteger } from "./parse-integer";
import { readValues } from "./read-cases";
import { joinMemos } from "./read-notes";
import { readStoredText, type StoredText } from "./stored-text";
import type { ImportedSource, SourceOriginal } from "./types";
import { toUnplaced, unplaceCodings } from "./unplace-codings";
import { attribute, childText, element, elements, type XmlElement } from "./xml-nodes";

type LoadedText = Pick<SourceOriginal, "textFrom" | "archiveEntry" | "bytes" | "utf8Bom"> & { stored: string };

/**
 * Imports one text: a TextSource, or a PDFSource through its plain-text Representation (`holder`). Its passages'
 * positions are read in the unit choosePositionUnit settles on and moved onto the LF-normalised text; a passage
 * whose position falls outside the text, or whose text does not start with its name where the names are quotes,
 * is not placed. Returns the guidKeys of the passages read, or null when the source has no text here or its text
 * takes the project past its character limit (then `state.characters.passedAt` names it and nothing of it is kept).
 */
export function importTextSource(
  state: ImportState,
  source: XmlElement,
  holder: XmlElement | undefined,
  kind: SourceOriginal["kind"],
): Set<string> | null {
  const guid = attribute(source, "guid")!;
  const writtenName = attribute(source, "name");
  const plainTextPath = attribute(holder, "plainTextPath");
  const loaded = holder === undefined ? null : loadText(state, holder, plainTextPath, writtenName ?? guid);
  if (loaded === null) {
    const reason = holder === undefined ? "pdf-without-text" : "text-missing";
    state.skippedSources.push({ guid, name: writtenName, kind, path: plainTextPath, selectionCount: countSelections(source), reason });
    unplaceCodings(state, source, kind, { guid, name: writtenName }, "source-not-imported", `its source has no text in this file`);
    return null;
  }
  // Counted as each text is decoded, so the same 1 MB file referenced by 200 sources stops at the limit.
  const { characters } = state;
  characters.count += countCodePointsUpTo(loaded.stored, characters.max - characters.count);
  if (characters.count > characters.max) {
    characters.passedAt = writtenName ?? guid;
    return null;
  }

  const text = readStoredText(loaded.stored);
  const selections = elements(holder, "PlainTextSelection");
  const written: WrittenSelection[] = selections.map((selection) => ({
    start: parseInteger(attribute(selection, "startPosition") ?? ""),
    end: parseInteger(attribute(selection, "endPosition") ?? ""),
    name: attribute(selection, "name"),
  }));
  const choice = choosePositionUnit(loaded.stored, written, state.origin);
  const unit = choice.unit === "utf16" ? "utf16" : "codePoints";
  const named = written.filter(({ name }) => name !== null && name.trim() !== "").length;
  const nameMatches = unit === "utf16" ? choice.evidence?.nameMatchesUtf16 : choice.evidence?.nameMatchesCodePoints;
  // Names are quotes when at least half of the named passages start with their name (as ATLAS.ti writes them).
  const namesAreQuotes = (nameMatches ?? 0) > 0 && (nameMatches ?? 0) * 2 >= named;

  const name = (writtenName?.trim() || null) ?? deriveName(plainTextPath) ?? openingWords(text.text) ?? `Source ${state.sources.length + 1}`;
  const imported: ImportedSource = {
    guid,
    name,
    text: text.text,
    description: joinMemos([childText(source, "Description"), ...state.notes.take(source), ...(holder === source ? [] : state.notes.take(holder))]),
    values: readValues(source, state.variables),
    userGuid: resolveUser(state, attribute(source, "creatingUser")),
    createdAt: attribute(source, "creationDateTime"),
    original: {
      kind,
      name: writtenName,
      textFrom: loaded.textFrom,
      plainTextPath,
      archiveEntry: loaded.archiveEntry,
      bytes: loaded.bytes,
      utf8Bom: loaded.utf8Bom,
      lineEndings: text.lineEndings,
      codePointLength: text.codePointLength,
      utf16Length: text.utf16Length,
      selectionCount: selections.length,
      positionUnit: choice.unit,
      positionEvidence: choice.evidence,
    },
  };
  state.sources.push(imported);

  const sourceRef = { guid, name: writtenName };
  const selectionKeys = new Set<string>();
  selections.forEach((selection, i) => {
    const { start: writtenStart, end: writtenEnd, name: selectionName } = written[i]!;
    selectionKeys.add(guidKey(attribute(selection, "guid") ?? ""));
    const codings = elements(selection, "Coding");
    if (codings.length === 0) state.emptySelections++;
    // A passage's comment and notes are the memo of every coding on it (QualCoder and ATLAS.ti write it there),
    // unless the comment only repeats the codings' own notes, as our export writes it.
    const codingNotes = codings.map((coding) => state.notes.take(coding));
    const comment = childText(selection, "Description");
    const repeatsNotes = comment !== null && comment === joinMemos(codingNotes.flat());
    const passageMemos = [repeatsNotes ? null : comment, ...state.notes.take(selection)];
    const start = text.toNormalized(writtenStart, unit);
    const end = text.toNormalized(writtenEnd, unit);
    const problem = placementProblem(text, start, end, namesAreQuotes ? selectionName : null, writtenStart, writtenEnd);
    codings.forEach((coding, j) => {
      const codeRef = attribute(element(coding, "CodeRef"), "targetGUID");
      const codeGuid = codeRef === null ? undefined : state.codes.guids.get(guidKey(codeRef));
      if (problem !== null || codeGuid === undefined) {
        const [reason, detail] = problem ?? ["unknown-code", `the code it refers to (${codeRef ?? "none"}) is not in the codebook`];
        state.unplacedCodings.push(toUnplaced(state, coding, selection, "PlainTextSelection", sourceRef, reason, detail));
        return;
      }
      state.codings.push({
        guid: attribute(coding, "guid") ?? "",
        selectionGuid: attribute(selection, "guid") ?? "",
        sourceGuid: guid,
        codeGuid,
        start: start!,
        end: end!,
        quote: text.slice(start!, end!),
        memo: joinMemos([...codingNotes[j]!, ...passageMemos]),
        userGuid: resolveUser(state, attribute(coding, "creatingUser") ?? attribute(selection, "creatingUser")),
        createdAt: attribute(coding, "creationDateTime") ?? attribute(selection, "creationDateTime"),
        original: { selectionName, start: writtenStart, end: writtenEnd },
      });
    });
  });
  for (const container of new Set([source, holder])) {
    for (const coding of elements(container, "Coding")) {
      const detail = "it codes the whole source rather than a passage";
      state.unplacedCodings.push(toUnplaced(state, coding, source, kind, sourceRef, "whole-source", detail));
    }
  }
  return selectionKeys;
}

function loadText(state: ImportState, holder: XmlElement, plainTextPath: string | null, label: string): LoadedText | null {
  const file = plainTextPath === null || state.files === null ? null : state.files(plainTextPath);
  if (file !== null) {
    const decoded = decodeTextBytes(file.bytes);
    if (!decoded.valid) state.undecodableTexts.push(label);
    return { stored: decoded.text, textFrom: "file", archiveEntry: file.entry, bytes: file.bytes.length, utf8Bom: decoded.bom === "utf-8" };
  }
  const inline = childText(holder, "PlainTextContent");
  if (inline === null) return null;
  return { stored: inline, textFrom: "inline", archiveEntry: null, bytes: new TextEncoder().encode(inline).length, utf8Bom: false };
}

function placementProblem(
  text: StoredText,
  start: number | null,
  end: number | null,
  quoteName: string | null,
  writtenStart: number,
  writtenEnd: number,
): ["outside-text" | "name-mismatch", string] | null {
  if (start === null || end === null || start > end) {
    return ["outside-text", `its position ${writtenStart}–${writtenEnd} is not a passage of the text (${text.codePointLength} characters)`];
  }
  if (quoteName !== null && quoteName.trim() !== "" && !startsWithName(text.slice(start, end), quoteName)) {
    const found = text.slice(start, Math.min(end, start + 60));
    return ["name-mismatch", `the file names the passage "${quoteName}" but the text there reads "${found}"`];
  }
  return null;
}

function resolveUser(state: ImportState, written: string | null): string | null {
  if (written === null) return null;
  const guid = state.users.get(guidKey(written));
  if (guid === undefined) state.unknownUsers++;
  return guid ?? null;
}

/** A name for a source the file left unnamed: its text file's name without extension ("board_2017"). */
function deriveName(plainTextPath: string | null): string | null {
  const file = plainTextPath?.replace(/^[a-z]+:\/\//i, "").split("/").pop()?.replace(/\.[^.]*$/, "");
  // Tools name the files inside a .qdpx by the source's GUID, which says nothing to a reader.
  return file && !GUID.test(file) ? file : null;
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const OPENING_WORDS = 8;

/** The first words of a text (its first line at most), for a source the file gives no name. */
function openingWords(text: string): string | null {
  const words = (text.trim().split(/\r?\n/)[0] ?? "").split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(" ")} …` : words.join(" ");
}
