import { z } from "zod";

export const projectParams = z.object({ id: z.coerce.number().int().positive() });

const text = z.string().max(200).optional();

/** The analysis parameters; lib/analysis/parse-analysis-request.ts reads their meaning. */
export const analysisQuery = z.strictObject({ source: text, from: text, to: text, region: text, country: text, gender: text });

export const quotesQuery = analysisQuery.extend({
  code: z.coerce.number().int().positive(),
  format: z.enum(["json", "csv"]).default("json"),
});
