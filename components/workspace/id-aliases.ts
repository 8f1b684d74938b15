/**
 * An annotation coded but not yet saved has a temporary negative id; once the server answers it has its real one.
 * Changes queued meanwhile (a memo, an undo) name the temporary id and resolve it when they run.
 */
const realIds = new Map<number, number>();
let lastTemporaryId = 0;

export function newTemporaryId(): number {
  lastTemporaryId -= 1;
  return lastTemporaryId;
}

export function aliasAnnotationId(temporaryId: number, realId: number): void {
  realIds.set(temporaryId, realId);
}

export function resolveAnnotationId(id: number): number {
  let resolved = id;
  while (realIds.has(resolved)) resolved = realIds.get(resolved)!;
  return resolved;
}
