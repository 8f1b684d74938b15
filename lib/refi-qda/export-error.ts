import type { RefiError } from "./types";

/** One error for everything that stops an export: the first problems in full, then how many more. */
export function exportError(what: string, problems: string[]): RefiError {
  const shown = problems.slice(0, 5).join("; ");
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more problems)` : "";
  return { code: "invalid-export", message: `The ${what} cannot be exported as REFI-QDA: ${shown}${more}.` };
}
