import { z } from "zod";
import { codeReference } from "@/app/api/documents/[id]/annotations/schema";

export const annotationParams = z.object({ id: z.coerce.number().int().positive() });

const offset = z.number().int("must be a whole number of code points").min(0, "must be 0 or more");

export const annotationChangesBody = z
  .strictObject({
    code: codeReference.optional(),
    start: offset.optional(),
    end: offset.optional(),
    memo: z.string().max(20_000, "a memo holds at most 20,000 characters").optional(),
    quote: z.string().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "send at least one of code, start, end, memo" });
