import { analysisSummary } from "@/lib/analysis/analysis-summary";
import { formatSource } from "@/lib/analysis/parse-analysis-request";
import { apiRoute } from "@/server/api-route";
import { analysisAccess } from "@/server/authorize";
import { readAnalysis } from "./read-analysis";
import { analysisQuery, projectParams } from "./schema";

/** The corpus figures as `npm run analysis` prints them; supervisors, and coders once the analysis is shared. */
export const GET = apiRoute(
  {
    params: projectParams,
    query: analysisQuery,
    access: ({ params }) => analysisAccess(params.id),
  },
  async ({ user, project: granted, input }) => {
    const { project, source, chosen, selection } = await readAnalysis(input.params.id, granted!.role, input.query, user);
    return analysisSummary(selection, { project: { id: project.id, name: project.name }, source: formatSource(source), sourceChosen: chosen });
  },
);
