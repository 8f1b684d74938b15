import "server-only";
import { forbidden, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { describeForbiddenCharacter } from "@/lib/text/forbidden-characters";
import { describeIssues } from "./api-route";
import { type AccessRule, authorize, type Granted } from "./authorize";
import { toAppError } from "./database-busy";
import { formDataToObject } from "./form-data";
import { retryWhenBusy } from "./retry-when-busy";
import { getSessionUser } from "./session-user";

export type ActionState = { error?: string; message?: string };

/**
 * The one wrapper of every server action (a server action is a public endpoint): authenticates, parses the form with
 * the zod schema declared beside the action, authorizes, runs the action. Expected failures come back as
 * `{ error }` for the form to show; Next.js itself refuses actions posted from another origin.
 */
export function serverAction<S extends z.ZodType, R extends AccessRule>(
  schema: S,
  access: (input: z.infer<S>) => R,
  action: (input: z.infer<S>, granted: Granted<R>) => Promise<string | void> | string | void,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    // Only a script calls an action with something other than a form. Next.js offers an action no 400; 403 refuses
    // the call as made, where letting formDataToObject throw would answer 500.
    if (!(formData instanceof FormData)) forbidden();
    const user = await getSessionUser();
    if (!user) return { error: "Your session has ended; sign in again." };
    const fields = formDataToObject(formData);
    const refusal = describeForbiddenCharacter(fields);
    if (refusal) return { error: refusal };
    const parsed = schema.safeParse(fields);
    if (!parsed.success) return { error: describeIssues(parsed.error) };
    try {
      const granted = authorize(getDb(), user, access(parsed.data));
      const message = await retryWhenBusy(async () => action(parsed.data, granted));
      return { message: message ?? "Saved." };
    } catch (error) {
      // redirect() and notFound() work by throwing; they must reach Next.js.
      unstable_rethrow(error);
      const known = toAppError(error);
      if (known) return { error: known.message };
      console.error(error);
      return { error: "Something went wrong on the server; nothing was changed." };
    }
  };
}
