import { guidKey } from "./guid-key";
import type { RefiUser } from "./types";

/**
 * The user our export writes the consensus layer's codings as. Its GUID is fixed, so an import of our own file
 * recognises it and brings those codings back into the consensus layer rather than making them someone's work;
 * other tools show it as a user named "Consensus".
 */
export const CONSENSUS_USER: RefiUser = { guid: "d6c3e0f4-2b8a-4f57-9c1e-7a5b3d9e0c21", name: "Consensus", id: "consensus" };

export function isConsensusUser(guid: string | null | undefined): boolean {
  return guid != null && guidKey(guid) === CONSENSUS_USER.guid;
}
