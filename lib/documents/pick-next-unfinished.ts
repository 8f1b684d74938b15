import type { DocumentStatus } from "./filter-assigned-documents";

/**
 * The document a coder should open next, from `rows` in list order. After `afterId` (the one just finished): the next
 * unfinished one in the list, wrapping around. Without it: the first one in progress (work already begun), else the
 * first not yet started. Undefined when everything is submitted.
 */
export function pickNextUnfinished<T extends { id: number; status: DocumentStatus }>(rows: readonly T[], afterId?: number): T | undefined {
  const unfinished = (row: T) => row.status !== "submitted" && row.id !== afterId;
  if (afterId !== undefined) {
    const at = rows.findIndex((row) => row.id === afterId);
    return [...rows.slice(at + 1), ...rows.slice(0, Math.max(at, 0))].find(unfinished);
  }
  return rows.find((row) => row.status === "in_progress") ?? rows.find(unfinished);
}
