import { guidKey } from "./guid-key";
import type { RefiCase, RefiVariable, RefiVariableType, RefiVariableValue } from "./types";
import { plural, was } from "./wording";
import { attribute, childText, element, elements, type XmlElement } from "./xml-nodes";

const VARIABLE_TYPES: readonly RefiVariableType[] = ["Text", "Boolean", "Integer", "Float", "Date", "DateTime"];

export type VariableTable = {
  variables: RefiVariable[];
  /** guidKey -> the variable's GUID as written. */
  guids: Map<string, string>;
  /** Values whose VariableRef names no declared variable, left out. */
  unknownRefs: number;
};

/** Reads /Project/Variables. A type outside the schema's six is read as Text, so no value is lost. */
export function readVariables(project: XmlElement): VariableTable {
  const variables: RefiVariable[] = [];
  const guids = new Map<string, string>();
  for (const variable of elements(element(project, "Variables"), "Variable")) {
    const guid = attribute(variable, "guid");
    if (guid === null) continue;
    const written = attribute(variable, "typeOfVariable") as RefiVariableType | null;
    variables.push({
      guid,
      name: attribute(variable, "name") ?? "",
      type: written !== null && VARIABLE_TYPES.includes(written) ? written : "Text",
      description: childText(variable, "Description"),
    });
    guids.set(guidKey(guid), guid);
  }
  return { variables, guids, unknownRefs: 0 };
}

/** The `<VariableValue>` children of a case or source, typed by whichever value element each one holds. */
export function readValues(parent: XmlElement, table: VariableTable): RefiVariableValue[] {
  const values: RefiVariableValue[] = [];
  for (const value of elements(parent, "VariableValue")) {
    const ref = attribute(element(value, "VariableRef"), "targetGUID");
    const variableGuid = ref === null ? undefined : table.guids.get(guidKey(ref));
    if (variableGuid === undefined) {
      table.unknownRefs++;
      continue;
    }
    values.push({ variableGuid, value: readValue(value) });
  }
  return values;
}

function readValue(value: XmlElement): RefiVariableValue["value"] {
  const text = childText(value, "TextValue");
  if (text !== null) return text;
  const boolean = childText(value, "BooleanValue");
  if (boolean !== null) return ["true", "1"].includes(boolean.trim());
  const number = childText(value, "IntegerValue") ?? childText(value, "FloatValue");
  if (number !== null) return Number.isFinite(Number(number)) && number.trim() !== "" ? Number(number) : null;
  return (childText(value, "DateValue") ?? childText(value, "DateTimeValue"))?.trim() ?? null;
}

/**
 * Reads /Project/Cases. Members that are sources keep only the sources that were imported; references to codes
 * and to single passages have no place in a case here, and are counted in `warnings`.
 */
export function readCases(
  project: XmlElement,
  table: VariableTable,
  importedSources: Map<string, string>,
  warnings: string[],
): RefiCase[] {
  const cases: RefiCase[] = [];
  let droppedSources = 0;
  let otherRefs = 0;
  for (const written of elements(element(project, "Cases"), "Case")) {
    const guid = attribute(written, "guid");
    if (guid === null) continue;
    const sourceGuids: string[] = [];
    for (const ref of elements(written, "SourceRef")) {
      const source = importedSources.get(guidKey(attribute(ref, "targetGUID") ?? ""));
      if (source === undefined) droppedSources++;
      else sourceGuids.push(source);
    }
    otherRefs += elements(written, "CodeRef").length + elements(written, "SelectionRef").length;
    cases.push({
      guid,
      name: attribute(written, "name"),
      description: childText(written, "Description"),
      values: readValues(written, table),
      sourceGuids,
    });
  }
  if (droppedSources > 0) {
    warnings.push(`${plural(droppedSources, "case member")} that ${was(droppedSources)} a source not imported ${was(droppedSources)} left out of the cases.`);
  }
  if (otherRefs > 0) {
    warnings.push(`${plural(otherRefs, "case member")} that ${was(otherRefs)} a code or a single passage rather than a source ${was(otherRefs)} left out of the cases.`);
  }
  return cases;
}
