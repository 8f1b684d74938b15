import { guidKey } from "./guid-key";
import type { RefiSet } from "./types";
import { plural, was } from "./wording";
import { attribute, childText, elements, type XmlElement } from "./xml-nodes";

/**
 * Reads the `<Set>` children of `parent`. A .qde names members by `targetGUID`, a .qdc by `guid`; both are read in
 * both. Members that are notes, or codes and sources that were not imported, are left out and counted in `warnings`.
 */
export function readSets(
  parent: XmlElement | undefined,
  codes: Map<string, string>,
  sources: Map<string, string>,
  warnings: string[],
): RefiSet[] {
  const sets: RefiSet[] = [];
  let dropped = 0;
  const members = (set: XmlElement, name: string, known: Map<string, string>): string[] =>
    elements(set, name).flatMap((member) => {
      const guid = known.get(guidKey(attribute(member, "targetGUID") ?? attribute(member, "guid") ?? ""));
      if (guid === undefined) dropped++;
      return guid ?? [];
    });

  for (const set of elements(parent, "Set")) {
    const guid = attribute(set, "guid");
    if (guid === null) continue;
    sets.push({
      guid,
      name: attribute(set, "name") ?? "",
      description: childText(set, "Description"),
      codeGuids: members(set, "MemberCode", codes),
      sourceGuids: members(set, "MemberSource", sources),
    });
    dropped += elements(set, "MemberNote").length;
  }
  if (dropped > 0) {
    warnings.push(`${plural(dropped, "set member")} that ${was(dropped)} a note, or a code or source not imported, ${was(dropped)} left out of the sets.`);
  }
  return sets;
}
