import { getDb } from "@/db/client";
import { getDocumentDisagreementList } from "@/db/queries/review";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { documentsParams, documentsQuery, toAgreementFilter } from "./schema";

/**
 * The project's coded documents, most disagreement first, with the same filters as the agreement route (supervisors
 * only). Disagreement is 1 − pairwise character overlap: see lib/review/measure-document-disagreement.ts.
 */
export const GET = apiRoute(
  { params: documentsParams, query: documentsQuery, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ input }) => ({
    measure: "disagreement = 1 − Σ|A∩B| / Σ|A∪B| over pairs of coders and codes, in code points",
    documents: getDocumentDisagreementList(getDb(), { projectId: input.params.id, filter: toAgreementFilter(input.query) }).map((row) => ({
      document_id: row.documentId,
      title: row.title,
      coders: row.coderNames,
      overlap: row.overlap,
      disagreement: row.disagreement,
      passages: row.passages,
      adjudication: row.adjudication,
    })),
  }),
);
