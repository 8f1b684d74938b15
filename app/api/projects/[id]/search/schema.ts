import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/analysis/build-fts-query";

export const projectParams = z.object({ id: z.coerce.number().int().positive() });

const filter = z.string().max(200).optional();

/** The words to find, how many statements to show lines of, and the analysis filters (lib/analysis/parse-analysis-request.ts). */
export const searchQuery = z.strictObject({
  q: z.string().max(MAX_QUERY_LENGTH),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  from: filter,
  to: filter,
  region: filter,
  country: filter,
  gender: filter,
});
