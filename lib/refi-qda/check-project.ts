import { createCodePointIndex, type CodePointIndex } from "../offsets/code-points";
import { guidKey, isGuid } from "./guid-key";
import type { RefiCode, RefiCodebook, RefiProject, RefiVariable, RefiVariableValue } from "./types";
import { hasXmlIllegalCharacter } from "./xml-escape";

const COLOR = /^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/;
const DATE = /^-?\d{4,}-\d{2}-\d{2}$/;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Collects problems, each naming the object and what REFI-QDA needs instead. */
class Problems {
  readonly list: string[] = [];
  add(problem: string) {
    this.list.push(problem);
  }
  guid(guid: string, what: string, seen?: Set<string>) {
    if (!isGuid(guid)) this.add(`${what} has the GUID "${guid}"; REFI-QDA needs 8-4-4-4-12 hex digits`);
    else if (seen?.has(guidKey(guid))) this.add(`${what} has the GUID ${guid}, which another one already has`);
    seen?.add(guidKey(guid));
  }
  xml(value: string | null | undefined, what: string) {
    if (value && hasXmlIllegalCharacter(value)) this.add(`${what} holds a control character that XML cannot carry`);
  }
  dateTime(value: string | null | undefined, what: string) {
    if (value != null && !DATE_TIME.test(value)) this.add(`${what} has the date "${value}"; use an xsd:dateTime like 2024-05-01T10:00:00Z`);
  }
  // References repeat (100,000 codings name a few hundred sources and codes): each is put in key form once.
  private readonly keys = new Map<string, string>();
  ref(guid: string | null | undefined, known: Set<string>, what: string) {
    if (guid == null) return;
    let key = this.keys.get(guid);
    if (key === undefined) this.keys.set(guid, (key = guidKey(guid)));
    if (!known.has(key)) this.add(`${what} refers to ${guid}, which is not in the project`);
  }
}

/**
 * Everything in `project` that would make an invalid or misleading REFI-QDA file, as sentences; empty when it can
 * be written. `inlineText`: texts go into the XML (a bare .qde) rather than into files, so they must be XML-safe.
 */
export function checkProject(project: RefiProject, inlineText: boolean): string[] {
  const problems = new Problems();
  problems.xml(project.name, "The project name");
  problems.xml(project.description, "The project description");
  problems.dateTime(project.createdAt, "The project");
  problems.dateTime(project.modifiedAt, "The project");

  const users = new Set<string>();
  project.users.forEach((user) => {
    problems.guid(user.guid, `User "${user.name ?? user.guid}"`, users);
    problems.xml(user.name, `User "${user.guid}"`);
    problems.xml(user.id, `User "${user.guid}"`);
  });
  problems.ref(project.creatingUserGuid, users, "The project's creating user");
  const codes = checkCodes(project.codes, problems);
  const variables = new Map<string, RefiVariable>();
  const variableKeys = new Set<string>();
  project.variables.forEach((variable) => {
    problems.guid(variable.guid, `Variable "${variable.name}"`, variableKeys);
    problems.xml(variable.name, `Variable "${variable.name}"`);
    problems.xml(variable.description, `Variable "${variable.name}"`);
    variables.set(guidKey(variable.guid), variable);
  });

  const sources = new Map<string, { name: string; text: string; index?: CodePointIndex }>();
  const sourceKeys = new Set<string>();
  project.sources.forEach((source) => {
    const what = `Source "${source.name}"`;
    problems.guid(source.guid, what, sourceKeys);
    problems.xml(source.name, what);
    problems.xml(source.description, what);
    if (inlineText) problems.xml(source.text, `The text of source "${source.name}" (export it as .qdpx instead)`);
    problems.ref(source.userGuid, users, what);
    problems.dateTime(source.createdAt, what);
    checkValues(source.values ?? [], variables, problems, what);
    sources.set(guidKey(source.guid), { name: source.name, text: source.text });
  });

  const cases = new Set<string>();
  project.cases.forEach((written) => {
    const what = `Case "${written.name ?? written.guid}"`;
    problems.guid(written.guid, what, cases);
    problems.xml(written.name, what);
    problems.xml(written.description, what);
    checkValues(written.values, variables, problems, what);
    written.sourceGuids.forEach((guid) => problems.ref(guid, sourceKeys, what));
  });

  const codings = new Set<string>();
  const selections = new Map<string, string>();
  project.codings.forEach((coding) => {
    const source = sources.get(guidKey(coding.sourceGuid));
    const what = `Coding ${coding.guid}${source ? ` on "${source.name}"` : ""}`;
    problems.guid(coding.guid, what, codings);
    problems.ref(coding.sourceGuid, sourceKeys, what);
    problems.ref(coding.codeGuid, codes, what);
    problems.ref(coding.userGuid, users, what);
    problems.dateTime(coding.createdAt, what);
    problems.xml(coding.memo, `${what}: its memo`);
    if (coding.selectionGuid != null) {
      problems.guid(coding.selectionGuid, `${what}: its selection`);
      const span = `${guidKey(coding.sourceGuid)} ${coding.start} ${coding.end}`;
      const other = selections.get(guidKey(coding.selectionGuid));
      if (other !== undefined && other !== span) problems.add(`${what} shares selection ${coding.selectionGuid} with a coding elsewhere`);
      selections.set(guidKey(coding.selectionGuid), span);
    }
    if (source === undefined) return;
    source.index ??= createCodePointIndex(source.text);
    const { start, end } = coding;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > source.index.length) {
      problems.add(`${what} spans ${start}–${end}, which is not a passage of its text (${source.index.length} code points)`);
    } else if (source.text.slice(source.index.toUtf16Index(start), source.index.toUtf16Index(end)) !== coding.quote) {
      problems.add(`${what} quotes "${coding.quote.slice(0, 40)}", which is not the text at ${start}–${end}`);
    }
  });

  const sets = new Set<string>();
  project.sets.forEach((set) => {
    const what = `Set "${set.name}"`;
    problems.guid(set.guid, what, sets);
    problems.xml(set.name, what);
    problems.xml(set.description, what);
    set.codeGuids.forEach((guid) => problems.ref(guid, codes, what));
    set.sourceGuids.forEach((guid) => problems.ref(guid, sourceKeys, what));
  });
  return problems.list;
}

/** Problems of a .qdc codebook: its codes, and sets that name only codes of the codebook. */
export function checkCodebook(codebook: RefiCodebook): string[] {
  const problems = new Problems();
  problems.xml(codebook.origin, "The codebook's origin");
  if (codebook.codes.length === 0) problems.add("A codebook needs at least one code");
  const codes = checkCodes(codebook.codes, problems);
  const sets = new Set<string>();
  codebook.sets.forEach((set) => {
    const what = `Set "${set.name}"`;
    problems.guid(set.guid, what, sets);
    problems.xml(set.name, what);
    problems.xml(set.description, what);
    set.codeGuids.forEach((guid) => problems.ref(guid, codes, what));
  });
  return problems.list;
}

/** Checks every code at any depth; returns the guidKeys of all codes. */
function checkCodes(codes: RefiCode[], problems: Problems): Set<string> {
  const seen = new Set<string>();
  const visit = (code: RefiCode) => {
    const what = `Code "${code.name}"`;
    problems.guid(code.guid, what, seen);
    problems.xml(code.name, what);
    problems.xml(code.description, what);
    if (code.color != null && !COLOR.test(code.color)) {
      problems.add(`${what} has the colour "${code.color}"; REFI-QDA accepts #RRGGBB or #RGB, without alpha`);
    }
    code.children.forEach(visit);
  };
  codes.forEach(visit);
  return seen;
}

function checkValues(values: RefiVariableValue[], variables: Map<string, RefiVariable>, problems: Problems, what: string) {
  for (const { variableGuid, value } of values) {
    const variable = variables.get(guidKey(variableGuid));
    if (variable === undefined) {
      problems.add(`${what} has a value for variable ${variableGuid}, which is not in the project's variables`);
      continue;
    }
    if (value === null) continue;
    const fits: Record<RefiVariable["type"], boolean> = {
      Text: typeof value === "string" && !hasXmlIllegalCharacter(value),
      Boolean: typeof value === "boolean",
      Integer: Number.isInteger(value),
      Float: typeof value === "number" && Number.isFinite(value),
      Date: typeof value === "string" && DATE.test(value),
      DateTime: typeof value === "string" && DATE_TIME.test(value),
    };
    if (!fits[variable.type]) problems.add(`${what} gives "${variable.name}" the value ${JSON.stringify(value)}, which is not a valid ${variable.type}`);
  }
}
