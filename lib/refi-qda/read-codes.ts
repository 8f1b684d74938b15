import { guidKey } from "./guid-key";
import { joinMemos, type NoteTable } from "./read-notes";
import type { RefiCode } from "./types";
import { listSome, plural, was } from "./wording";
import { attribute, childText, elements, type XmlElement } from "./xml-nodes";

const COLOR = /^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/;

export type CodeTree = {
  codes: RefiCode[];
  /** guidKey -> the GUID as written, for every code at any depth. */
  guids: Map<string, string>;
  /** guidKey -> the code's name, for messages. */
  names: Map<string, string>;
};

/**
 * Reads the `<Code>` children of `parent` (a `<Codes>` element) with their sub-codes, at any depth. A code without
 * a GUID cannot be referred to: it is left out with its sub-codes, and said so in `warnings`.
 */
export function readCodes(parent: XmlElement | undefined, warnings: string[], notes?: NoteTable): CodeTree {
  const guids = new Map<string, string>();
  const names = new Map<string, string>();
  const dropped: string[] = [];
  const badColors: string[] = [];

  const read = (element: XmlElement): RefiCode | null => {
    const guid = attribute(element, "guid");
    const name = attribute(element, "name") ?? "";
    if (guid === null) {
      dropped.push(name);
      return null;
    }
    const color = attribute(element, "color");
    if (color !== null && !COLOR.test(color)) badColors.push(`${name} (${color})`);
    guids.set(guidKey(guid), guid);
    names.set(guidKey(guid), name);
    return {
      guid,
      name,
      color: color !== null && COLOR.test(color) ? color : null,
      description: joinMemos([childText(element, "Description"), ...(notes?.take(element) ?? [])]),
      isCodable: !["false", "0"].includes((attribute(element, "isCodable") ?? "true").trim()),
      children: elements(element, "Code").flatMap((child) => read(child) ?? []),
    };
  };
  const codes = elements(parent, "Code").flatMap((element) => read(element) ?? []);

  if (dropped.length > 0) {
    const n = dropped.length;
    warnings.push(`${plural(n, "code")} without a GUID ${was(n)} left out, with any sub-codes: ${listSome(dropped)}.`);
  }
  if (badColors.length > 0) {
    const n = badColors.length;
    warnings.push(`${plural(n, "code colour")} not in #RRGGBB form ${was(n)} dropped: ${listSome(badColors)}.`);
  }
  return { codes, guids, names };
}
