import { z } from "zod";
import { codeReference, memo, offset } from "@/app/api/documents/[id]/consensus/schema";

export const consensusParams = z.object({ id: z.coerce.number().int().positive() });

export const consensusChanges = z
  .strictObject({ code: codeReference.optional(), start: offset.optional(), end: offset.optional(), quote: z.string().optional(), memo: memo.optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "send at least one of code, start, end, memo" })
  .refine((body) => body.start === undefined || body.end === undefined || body.end > body.start, {
    message: "must be greater than start (spans are end exclusive)",
    path: ["end"],
  });
