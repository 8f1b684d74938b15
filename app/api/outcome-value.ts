import "server-only";
import type { Outcome } from "@/db/outcome";
import { AppError } from "@/server/errors";

/** The value of a write's outcome; a refusal becomes the AppError that answers it with its status and message. */
export function outcomeValue<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new AppError(outcome.kind, outcome.error);
  return outcome.value;
}
