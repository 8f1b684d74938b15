import { z } from "zod";

export const documentParams = z.object({ id: z.coerce.number().int().positive() });

export const layerQuery = z.strictObject({
  coder: z.string().trim().min(1, "name a coder by login").max(200).optional(),
});

const offset = z
  .number({ error: "must be a number: a Unicode code point offset, zero-based" })
  .int("must be a whole number of code points")
  .min(0, "must be 0 or more");

export const codeReference = z.union([z.number().int().positive(), z.string().trim().min(1).max(200)], {
  error: "must be a code's id (a number) or its name",
});

export const newAnnotationBody = z
  .strictObject({
    code: codeReference,
    start: offset,
    end: offset,
    memo: z.string().max(20_000, "a memo holds at most 20,000 characters").default(""),
    quote: z.string().optional(),
  })
  .refine((body) => body.end > body.start, { message: "must be greater than start (spans are end exclusive)", path: ["end"] });

export type NewAnnotationBody = z.infer<typeof newAnnotationBody>;
