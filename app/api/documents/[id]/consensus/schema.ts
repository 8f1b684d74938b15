import { z } from "zod";

export const documentParams = z.object({ id: z.coerce.number().int().positive() });

export const offset = z
  .number({ error: "must be a number: a Unicode code point offset, zero-based" })
  .int("must be a whole number of code points")
  .min(0, "must be 0 or more");
export const codeReference = z.union([z.number().int().positive(), z.string().trim().min(1).max(200)], {
  error: "must be a code's id (a number) or its name",
});
export const memo = z.string().max(20_000, "a memo holds at most 20,000 characters");

/**
 * Either `source`, the id of a submitted coder annotation of this document to accept as it is (with `rejectOthers`,
 * the other coders' annotations of the passage rejected by that choice), or `code`, `start` and `end` (and optionally
 * the `quote`, checked against the text) for a span the supervisor draws.
 */
export const newConsensusBody = z
  .strictObject({
    source: z.number().int().positive().optional(),
    code: codeReference.optional(),
    start: offset.optional(),
    end: offset.optional(),
    quote: z.string().optional(),
    memo: memo.default(""),
    rejectOthers: z.array(z.number().int().positive()).max(1000).optional(),
  })
  .refine((body) => (body.source === undefined) === (body.code !== undefined && body.start !== undefined && body.end !== undefined), {
    message: "send either source (a coder's annotation to accept) or code, start and end (a span to draw), not both",
  })
  .refine((body) => body.rejectOthers === undefined || body.source !== undefined, {
    message: "rejectOthers goes with source: the other coders' annotations rejected when one is accepted",
    path: ["rejectOthers"],
  })
  .refine((body) => body.start === undefined || body.end === undefined || body.end > body.start, {
    message: "must be greater than start (spans are end exclusive)",
    path: ["end"],
  })
  .transform((body) =>
    body.source !== undefined
      ? { source: body.source, memo: body.memo, rejectOthers: body.rejectOthers }
      : { code: body.code!, start: body.start!, end: body.end!, quote: body.quote, memo: body.memo },
  );
