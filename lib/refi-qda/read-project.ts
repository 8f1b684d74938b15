import { describeLimitRefusal } from "../import/describe-limit-refusal";
import { countContents } from "./count-contents";
import { describeLosses } from "./describe-losses";
import { guidKey } from "./guid-key";
import type { ImportState, SourceFiles } from "./import-state";
import { PROJECT_NAMESPACE } from "./namespaces";
import { readCases, readVariables } from "./read-cases";
import { readCodes } from "./read-codes";
import { joinMemos, readNotes } from "./read-notes";
import { readSets } from "./read-sets";
import { readSources } from "./read-sources";
import type { XmlDocument } from "./read-xml-document";
import type { ImportedProject, RefiResult, RefiUser } from "./types";
import { plural, was } from "./wording";
import { attribute, childText, element, elements } from "./xml-nodes";

type ArchiveInfo = ImportedProject["file"]["archive"];

/**
 * Turns a parsed .qde into plain data, reading source texts through `files` when the project came in a .qdpx.
 * Refused ("too-large") when the source texts hold more than `maxCharacters` code points in all.
 */
export function readProject(
  doc: XmlDocument,
  files: SourceFiles | null,
  archive: ArchiveInfo,
  maxCharacters: number,
): RefiResult<ImportedProject> {
  if (doc.rootName !== "Project") {
    const message =
      doc.rootName === "CodeBook"
        ? "This file is a REFI-QDA codebook (.qdc), not a project; import it as a codebook."
        : `This file's root element is <${doc.rootName}>, not a REFI-QDA <Project>; is it a REFI-QDA export?`;
    return { ok: false, error: { code: "wrong-document", message } };
  }
  const root = doc.root;
  // About the file as a whole first; then what was lost, most important first; then details of the readers.
  const warnings: string[] = [];
  const details: string[] = [];
  if (doc.namespace !== PROJECT_NAMESPACE) {
    warnings.push(`The project declares the namespace "${doc.namespace ?? "none"}", not ${PROJECT_NAMESPACE}; it was read as REFI-QDA anyway.`);
  }

  const users: RefiUser[] = elements(element(root, "Users"), "User").flatMap((user) => {
    const guid = attribute(user, "guid");
    return guid === null ? [] : [{ guid, name: attribute(user, "name"), id: attribute(user, "id") }];
  });
  const notes = readNotes(root, files);
  const state: ImportState = {
    origin: attribute(root, "origin"),
    files,
    codes: readCodes(element(element(root, "CodeBook"), "Codes"), warnings, notes),
    users: new Map(users.map((user) => [guidKey(user.guid), user.guid])),
    variables: readVariables(root),
    notes,
    sources: [],
    codings: [],
    skippedSources: [],
    unplacedCodings: [],
    warnings: details,
    emptySelections: 0,
    unknownUsers: 0,
    undecodableTexts: [],
    characters: { count: 0, max: maxCharacters, passedAt: null },
  };
  readSources(root, state);
  if (state.characters.passedAt !== null) {
    const where = `the project's source texts (the count passes the limit at source "${state.characters.passedAt}")`;
    const message = describeLimitRefusal({ limit: "maxTotalCharacters", max: maxCharacters, where, what: "the project" });
    return { ok: false, error: { code: "too-large", message } };
  }
  const importedSources = new Map(state.sources.map((source) => [guidKey(source.guid), source.guid]));
  const cases = readCases(root, state.variables, importedSources, details);
  const sets = readSets(element(root, "Sets"), state.codes.guids, importedSources, details);

  warnings.push(...describeLosses(state.skippedSources, state.unplacedCodings, archive !== null), ...details);
  const counted: [number, string, string][] = [
    [elements(element(root, "Links"), "Link").length, "link", "links"],
    [elements(element(root, "Graphs"), "Graph").length, "graph", "graphs"],
    [state.emptySelections, "passage without any code", "passages without any code"],
    [state.variables.unknownRefs, "variable value naming no declared variable", "variable values naming no declared variable"],
  ];
  for (const [n, one, many] of counted) {
    if (n > 0) warnings.push(`${plural(n, one, many)} ${was(n)} not imported.`);
  }
  if (state.unknownUsers > 0) {
    warnings.push(`${plural(state.unknownUsers, "reference")} to users not listed in the file ${was(state.unknownUsers)} dropped; those items were imported without a user.`);
  }
  if (state.undecodableTexts.length > 0) {
    warnings.push(`${plural(state.undecodableTexts.length, "text")} ${was(state.undecodableTexts.length)} not valid UTF-8; unreadable bytes became "\ufffd": ${state.undecodableTexts.join(", ")}.`);
  }

  const description = joinMemos([childText(root, "Description"), ...notes.take(root), ...notes.unreferenced()]);
  const lostNotes = notes.lost();
  if (lostNotes !== null) warnings.push(lostNotes);

  const creatingUser = attribute(root, "creatingUserGUID");
  return {
    ok: true,
    value: {
      name: attribute(root, "name") ?? "",
      origin: state.origin,
      description,
      createdAt: attribute(root, "creationDateTime"),
      modifiedAt: attribute(root, "modifiedDateTime"),
      creatingUserGuid: creatingUser === null ? null : (state.users.get(guidKey(creatingUser)) ?? null),
      users,
      codes: state.codes.codes,
      variables: state.variables.variables,
      cases,
      sources: state.sources,
      codings: state.codings,
      sets,
      skippedSources: state.skippedSources,
      unplacedCodings: state.unplacedCodings,
      warnings,
      file: { namespace: doc.namespace, archive, contents: countContents(root) },
    },
  };
}
