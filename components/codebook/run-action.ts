import type { ActionState } from "@/server/server-action";

export type CodebookAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Runs one of the codebook's server actions on a form's or a gesture's fields and reports its outcome. */
export type RunAction = (action: CodebookAction, fields: FormData | Record<string, string | number | null>) => Promise<ActionState>;

export function toFormData(fields: FormData | Record<string, string | number | null>): FormData {
  if (fields instanceof FormData) return fields;
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value === null ? "" : String(value));
  return data;
}
