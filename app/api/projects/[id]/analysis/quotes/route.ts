import { getDb } from "@/db/client";
import { getPassagesByCode, getQuoteItems } from "@/db/queries/analysis";
import { describeBase, describeFilters } from "@/lib/analysis/describe-selection";
import { formatSource } from "@/lib/analysis/parse-analysis-request";
import { quoteBankCsv } from "@/lib/analysis/quote-bank-csv";
import { quotePassages } from "@/lib/analysis/quote-passages";
import { toCsv } from "@/lib/analysis/to-csv";
import { apiRoute } from "@/server/api-route";
import { analysisAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { readAnalysis } from "../read-analysis";
import { projectParams, quotesQuery } from "../schema";

/** Every passage of one code under the analysis filters, as JSON or as a CSV download. */
export const GET = apiRoute(
  {
    params: projectParams,
    query: quotesQuery,
    access: ({ params }) => analysisAccess(params.id),
  },
  async ({ user, project: granted, input, request }) => {
    const { code: codeId, format, ...raw } = input.query;
    const { project, source, corpus, selection } = await readAnalysis(input.params.id, granted!.role, raw, user);
    const code = corpus.codes.find((candidate) => candidate.id === codeId);
    if (!code) throw new AppError("not_found", "No such code in this project.");
    const db = getDb();
    const passages = quotePassages(selection, getPassagesByCode(db, { projectId: project.id, source, codeId }));
    const items = getQuoteItems(db, { source, selection, passages });
    const notes = [`Filters: ${describeFilters(selection.filters, formatSource(source))}`, `Base: ${describeBase(selection)}`];
    if (format === "json") return { code: code.name, notes, items };
    const csv = toCsv(quoteBankCsv(items, { codeName: code.name, notes, origin: new URL(request.url).origin }));
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="quote-bank-${project.id}-code-${code.id}.csv"` },
    });
  },
);
