import { z } from "zod";

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === "string" && value !== "" ? value.split(",") : undefined), z.array(item).optional());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are written YYYY-MM-DD.");

export const agreementParams = z.object({ id: z.coerce.number().int().positive() });

export const agreementQuery = z.object({
  unit: z.enum(["document", "sentence", "paragraph", "character"], "unit must be document, sentence, paragraph or character."),
  min_coverage: z.coerce.number().gt(0).max(1).optional(),
  bootstrap: z.coerce.number().int().min(0).max(10_000).optional(),
  include_in_progress: z.enum(["0", "1", "true", "false"]).optional().transform((value) => value === "1" || value === "true"),
  coders: list(z.string().min(1)),
  codes: list(z.coerce.number().int().positive()),
  region: z.string().min(1).optional(),
  country: z.string().min(1).optional(),
  gender: z.string().min(1).optional(),
  batch: z.coerce.number().int().positive().optional(),
  round: z.coerce.number().int().positive("round is a round number: 1, 2, …").optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export type AgreementQuery = z.infer<typeof agreementQuery>;
