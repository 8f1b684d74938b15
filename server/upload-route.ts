import "server-only";
import { rmSync } from "node:fs";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { checkOrigin, errorResponse, parseInput } from "./api-route";
import { type AccessRule, authorize, type Granted } from "./authorize";
import { AppError } from "./errors";
import { readUpload, type UploadLimits } from "./read-upload";
import { describeMissingSession } from "./missing-session-message";
import { retryWhenBusy } from "./retry-when-busy";
import { getSessionUser } from "./session-user";

type UploadSpec<P extends z.ZodType, B extends z.ZodType, R extends AccessRule> = {
  params: P;
  /** Schema of the form: its fields as strings (a repeated field as an array) and `file` as an UploadedFile. */
  body: B;
  limits: () => UploadLimits;
  access: (params: z.infer<P>) => R;
};

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The wrapper of routes that receive a file: as apiRoute, but the caller is authorized from the path alone BEFORE
 * the body is read, and the body streams to a temporary file under its size limit instead of into memory. The
 * handler owns the file (a job removes it when done); on any refusal it is removed here.
 */
export function uploadRoute<P extends z.ZodType, B extends z.ZodType, R extends AccessRule>(
  spec: UploadSpec<P, B, R>,
  handler: (context: Granted<R> & { params: z.infer<P>; body: z.infer<B> }) => unknown,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    let uploadedPath: string | null = null;
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("unauthorized", await describeMissingSession());
      checkOrigin(request);
      const params = parseInput(spec.params, await context.params, "path") as z.infer<P>;
      const granted = authorize(getDb(), user, spec.access(params));
      const upload = await readUpload(request, spec.limits());
      uploadedPath = upload.file?.path ?? null;
      const body = parseInput(spec.body, { ...upload.fields, file: upload.file ?? undefined }, "form") as z.infer<B>;
      const result = await retryWhenBusy(async () => handler({ ...granted, params, body }));
      uploadedPath = null;
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (uploadedPath) rmSync(uploadedPath, { force: true });
      return errorResponse(error);
    }
  };
}
