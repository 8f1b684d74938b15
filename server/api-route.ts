import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { describeForbiddenCharacter } from "@/lib/text/forbidden-characters";
import { installPlainZodMessages } from "@/lib/validation/plain-zod-messages";
import { type AccessRule, authorize, type Granted } from "./authorize";
import { BUSY_RETRY_AFTER_SECONDS, toAppError } from "./database-busy";
import { AppError } from "./errors";
import { formDataToObject } from "./form-data";
import { describeMissingSession } from "./missing-session-message";
import { retryWhenBusy } from "./retry-when-busy";
import { getSessionUser } from "./session-user";

// Every route, server action and upload parses through this module, so schemas without a message of their own
// answer in plain sentences everywhere.
installPlainZodMessages();

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export type RouteInput<P, Q, B> = { params: Infer<P>; query: Infer<Q>; body: Infer<B> };

type RouteSpec<P, Q, B, R extends AccessRule> = {
  params?: P;
  query?: Q;
  /** Schema of the JSON body, or of the multipart form fields (files as File) when `bodyIsForm` is set. */
  body?: B;
  bodyIsForm?: boolean;
  access: (input: RouteInput<P, Q, B>) => R;
};

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The one wrapper of every route handler: authenticates (401), parses params, query and body with the zod schemas
 * declared beside the route (400), authorizes through `authorize` (404/403), checks the Origin of state-changing
 * requests (403), then runs the handler. The handler returns data to send as JSON, or a Response.
 */
export function apiRoute<
  R extends AccessRule,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(spec: RouteSpec<P, Q, B, R>, handler: (context: Granted<R> & { input: RouteInput<P, Q, B>; request: Request }) => unknown) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("unauthorized", await describeMissingSession());
      if (STATE_CHANGING.has(request.method)) checkOrigin(request);
      const input = {
        params: parseInput(spec.params, await context.params, "path"),
        query: parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams), "query"),
        body: spec.body ? parseInput(spec.body, spec.bodyIsForm ? await readForm(request) : await readJson(request), "body") : undefined,
      } as RouteInput<P, Q, B>;
      const granted = authorize(getDb(), user, spec.access(input));
      const result = await retryWhenBusy(async () => handler({ ...granted, input, request }));
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function parseInput(schema: Schema | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const forbidden = describeForbiddenCharacter(value);
  if (forbidden) throw new AppError("bad_request", `Invalid ${where}: ${forbidden}`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request", `Invalid ${where}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body must be a JSON object.");
  }
}

async function readForm(request: Request): Promise<unknown> {
  try {
    return formDataToObject(await request.formData());
  } catch {
    throw new AppError("bad_request", "The request body must be a multipart form.");
  }
}

/**
 * next-auth's CSRF token covers only its own routes, so a state-changing call from a browser must come from this
 * origin. Clients that send no Origin (scripts, curl) are not browsers and cannot be made to carry a victim's cookie.
 */
export function checkOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || !URL.canParse(origin) || new URL(origin).host !== host) throw new AppError("forbidden", "Cross-origin requests are not allowed.");
}

/**
 * The answer to a failed request: an expected failure with its kind's status and message (a busy database as 503 with
 * Retry-After, so the client keeps the change and sends it again), anything else logged and answered 500.
 */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (known?.kind === "busy") {
    console.warn("The database stayed locked past the busy timeout; answered 503 with Retry-After.");
    return Response.json({ error: known.message }, { status: known.status, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } });
  }
  if (known) return Response.json({ error: known.message }, { status: known.status });
  console.error(error);
  return Response.json({ error: "Something went wrong on the server; the change was not saved." }, { status: 500 });
}
