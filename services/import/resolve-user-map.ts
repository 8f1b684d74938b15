import type { UserMap } from "@/db/import/import-coders";
import { guidKey } from "@/lib/refi-qda/guid-key";
import type { RefiUser } from "@/lib/refi-qda/types";

/**
 * Turns the mapping the person importing chose (a user of the file, named by its name, id or GUID -> an account id)
 * into the GUID-keyed map the writer takes. Refused, naming what to fix, when a name matches no user of the file or
 * an account is not a coder of the project: a file's work goes only to someone who codes in it.
 */
export function resolveUserMap(
  fileUsers: RefiUser[],
  mapping: Record<string, number>,
  coderIds: Set<number>,
): { ok: true; map: UserMap } | { ok: false; error: string } {
  const map: UserMap = new Map();
  for (const [named, accountId] of Object.entries(mapping)) {
    const wanted = named.trim().toLowerCase();
    const user = fileUsers.find((candidate) => [candidate.name, candidate.id, candidate.guid].some((label) => label != null && label.trim().toLowerCase() === wanted));
    if (user === undefined) {
      const names = fileUsers.map((candidate) => candidate.name ?? candidate.id ?? candidate.guid).join(", ") || "none";
      return { ok: false, error: `The file has no user "${named}" to map; its users are: ${names}.` };
    }
    if (!coderIds.has(accountId)) return { ok: false, error: `The file's user "${named}" can be mapped only to a coder of the project.` };
    map.set(guidKey(user.guid), accountId);
  }
  return { ok: true, map };
}
