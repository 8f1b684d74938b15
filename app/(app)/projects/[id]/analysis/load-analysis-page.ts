import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { countConsensusCoveredDocuments, getCoderLoginsByProject, getSpeakersByProject, hasConsensusByProject, type LoadedAnalysis } from "@/db/queries/analysis";
import { getProjectById } from "@/db/queries/projects";
import type { AnalysisFrameProps, AnalysisTab } from "@/components/analysis/analysis-frame";
import { describeBase, describeFilters } from "@/lib/analysis/describe-selection";
import { factOptions } from "@/lib/analysis/fact-options";
import { HIDDEN_SOURCE_MESSAGE, isSourceVisible } from "@/lib/analysis/is-source-visible";
import { formatSource, parseAnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import { analysisAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { runJobAndWait } from "@/services/jobs/job-pool";

export type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTER_PARAMS = ["source", "from", "to", "region", "country", "gender"] as const;

/**
 * What every analysis page starts from: access (supervisors, and coders once the analysis is shared), the filters of
 * the URL, the corpus they select, and the frame showing filters, base and the share toggle. `analysis` is null when
 * the filters cannot be used; the frame then says why. `pageParams` names the page's own parameters, which the filter
 * form carries along.
 */
export async function loadAnalysisPage({ params, searchParams }: PageProps, tab: AnalysisTab, pageParams: readonly string[] = []) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const db = getDb();
  const granted = await requirePageAccess(() => analysisAccess(id));
  const project = getProjectById(db, { id });
  if (!project) notFound();
  const role = granted.project.role;
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) query[key] = first;
  }
  const values = Object.fromEntries(FILTER_PARAMS.map((key) => [key, query[key] ?? ""]));

  let analysis: LoadedAnalysis | null = null;
  let error: string | null = null;
  const request = parseAnalysisRequest(values);
  if (!request.ok) error = request.error;
  else {
    // Loaded in a worker: a corpus of thousands of statements takes a while that no other request should wait for.
    const loaded = await runJobAndWait<LoadedAnalysis>({
      task: { kind: "analysis", projectId: id, request: request.value },
      projectId: id,
      owner: { id: granted.user.id, login: granted.user.login },
      label: "analysis",
    });
    if (!loaded.ok) error = loaded.error;
    else if (!isSourceVisible(loaded.value.source, { role, annotationsRevealed: project.annotationsRevealed })) error = HIDDEN_SOURCE_MESSAGE;
    else analysis = loaded.value;
  }

  const coderLayersVisible = role === "supervisor" || project.annotationsRevealed;
  const hasConsensus = hasConsensusByProject(db, { projectId: id });
  const sourceOptions = [
    { value: "", label: `The project's default (${hasConsensus ? "consensus" : "any coder"})` },
    { value: "consensus", label: hasConsensus ? "Consensus" : "Consensus (none adjudicated yet)" },
    ...(coderLayersVisible ? [{ value: "any", label: "Any coder" }, ...getCoderLoginsByProject(db, { projectId: id }).map((login) => ({ value: `coder:${login}`, label: `Coder ${login}` }))] : []),
  ];
  const frame: AnalysisFrameProps = {
    project: { id, name: project.name, analysisShared: project.analysisShared },
    role,
    tab,
    values,
    keep: Object.fromEntries(pageParams.filter((key) => query[key] !== undefined).map((key) => [key, query[key]!])),
    sourceOptions,
    factOptions: factOptions(analysis?.corpus.speakers ?? getSpeakersByProject(db, { projectId: id })),
    filtersText: analysis ? describeFilters(analysis.selection.filters, `${formatSource(analysis.source)}${analysis.chosen === "default" ? " (the project's default)" : ""}`) : null,
    baseText: analysis ? describeBase(analysis.selection) : null,
    layerNote: analysis?.source.kind === "consensus" ? describeConsensusCoverage(db, analysis.selection.statements.map((statement) => statement.id)) : null,
    error,
  };
  // The head of every download: what the figures rest on.
  const notes = [`Project: ${project.name}`, `Filters: ${frame.filtersText}`, `Base: ${frame.baseText}`];
  // Forms of a page's own settings carry the filters along.
  const filterParams = Object.fromEntries(Object.entries(frame.values).filter(([, value]) => value !== ""));
  return { db, user: granted.user, frame, query, analysis, notes, filterParams };
}

/**
 * The consensus layer holds only what a supervisor adjudicated: on statements not yet adjudicated it counts nothing,
 * so its shares understate every narrative until adjudication is done. Says so when that is the case.
 */
function describeConsensusCoverage(db: ReturnType<typeof getDb>, statementIds: number[]): string | null {
  const covered = countConsensusCoveredDocuments(db, { documentIds: statementIds });
  if (covered === statementIds.length) return null;
  return (
    `Only ${covered} of the ${statementIds.length} selected statements are adjudicated: the consensus layer counts the other ` +
    `${statementIds.length - covered} as carrying no narrative. Choose "Any coder" or one coder's layer to see their coding, or adjudicate more.`
  );
}
