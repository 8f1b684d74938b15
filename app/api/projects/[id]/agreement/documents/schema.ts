import type { z } from "zod";
import type { AgreementFilter } from "@/db/queries/agreement-input";
import { agreementQuery } from "../schema";

export { agreementParams as documentsParams } from "../schema";

/** The agreement route's filters, without what only the coefficients need (unit, coverage, bootstrap). */
export const documentsQuery = agreementQuery.omit({ unit: true, min_coverage: true, bootstrap: true });

/** The query's filters as the agreement loader takes them; shared by this route and the dashboard page. */
export function toAgreementFilter(query: z.infer<typeof documentsQuery>): AgreementFilter {
  const { include_in_progress, codes, batch, round, coders, region, country, gender, from, to } = query;
  return { includeInProgress: include_in_progress, codeIds: codes, importBatchId: batch, round, coders, region, country, gender, from, to };
}
