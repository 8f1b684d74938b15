import { guidKey } from "./guid-key";
import type { RefiSet } from "./types";
import { listSome, plural, was } from "./wording";
import { attribute, childText, elements, type XmlElement } from "./xml-nodes";

/**
 * Reads the `<Set>` children of `parent`. A .qde names members by `targetGUID`, a .qdc by `guid`; both are read in
 * both. Members that are notes, or codes and sources that were not imported, are left out and reported in `warnings`
 * with the sets they were taken from, so the person importing knows which sets came in incomplete.
 */
export function readSets(
  parent: XmlElement | undefined,
  codes: Map<string, string>,
  sources: Map<string, string>,
  warnings: string[],
): RefiSet[] {
  const sets: RefiSet[] = [];
  let dropped = 0;
  const incomplete: string[] = [];
  const withoutGuid: string[] = [];
  const members = (set: XmlElement, name: string, known: Map<string, string>): string[] =>
    elements(set, name).flatMap((member) => {
      const guid = known.get(guidKey(attribute(member, "targetGUID") ?? attribute(member, "guid") ?? ""));
      if (guid === undefined) dropped++;
      return guid ?? [];
    });

  for (const set of elements(parent, "Set")) {
    const guid = attribute(set, "guid");
    if (guid === null) {
      withoutGuid.push(attribute(set, "name") ?? "");
      continue;
    }
    const droppedBefore = dropped;
    sets.push({
      guid,
      name: attribute(set, "name") ?? "",
      description: childText(set, "Description"),
      codeGuids: members(set, "MemberCode", codes),
      sourceGuids: members(set, "MemberSource", sources),
    });
    dropped += elements(set, "MemberNote").length;
    if (dropped > droppedBefore) incomplete.push(sets.at(-1)!.name);
  }
  if (withoutGuid.length > 0) {
    const n = withoutGuid.length;
    warnings.push(`${plural(n, "set")} without a GUID ${was(n)} left out: ${listSome(withoutGuid)}.`);
  }
  if (dropped > 0) {
    warnings.push(
      `${plural(dropped, "set member")} that ${was(dropped)} a note, or a code or source not imported, ${was(dropped)} left out of ` +
        `${plural(incomplete.length, "set")}: ${listSome(incomplete)}.`,
    );
  }
  return sets;
}
