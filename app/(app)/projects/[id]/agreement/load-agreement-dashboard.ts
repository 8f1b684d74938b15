import "server-only";
import type { Db } from "@/db/client";
import type { ProjectAgreement } from "@/services/agreement/project-agreement";
import { getProjectAgreement } from "@/services/agreement/project-agreement-job";
import { getCodesByProject } from "@/db/queries/codes";
import { getProgressByCoder } from "@/db/queries/documents";
import { getMembersByProject, getProjectById } from "@/db/queries/projects";
import { getDashboardFilterOptions, getDocumentDisagreementList, getProgressByDocument } from "@/db/queries/review";
import { toAgreementFilter } from "@/app/api/projects/[id]/agreement/documents/schema";
import { DEFAULT_ALPHA_MINIMUMS } from "@/lib/review/alpha-band";
import { describeIssues } from "@/server/api-route";
import { dashboardQuery, formValuesOf } from "./dashboard-query";

const iso = (time: number | Date | null | undefined) => (time === null || time === undefined ? null : new Date(time).toISOString());

/**
 * The dashboard's figures for the filters in the URL: agreement from the same engine and loader as the agreement
 * route (computed in a worker), the statements by disagreement under the same filters, and coding progress. Null for no such project.
 */
export async function loadAgreementDashboard(
  db: Db,
  { projectId, searchParams, viewer }: { projectId: number; searchParams: Record<string, string | string[] | undefined>; viewer: { id: number; login: string } },
) {
  const project = getProjectById(db, { id: projectId });
  if (!project) return null;
  const values = formValuesOf(searchParams);
  const parsed = dashboardQuery.safeParse(values);
  let error = parsed.success ? null : `These filters cannot be used: ${describeIssues(parsed.error)}`;
  let agreement: ProjectAgreement | null = null;
  let previousRound: ProjectAgreement | null = null;
  let documents: ReturnType<typeof getDocumentDisagreementList> = [];
  if (parsed.success) {
    const filter = toAgreementFilter(parsed.data);
    // Computed in a worker (agreement over a large project takes time no other request should wait for), and kept
    // until the project's data or the filter change.
    const result = await getProjectAgreement(db, { projectId, unit: parsed.data.unit, minCoverage: parsed.data.min_coverage, filter, owner: viewer });
    if (result.ok) agreement = result.value;
    else error = result.error;
    // A round after the first is shown beside the round before it, code by code, under the same other filters.
    if (result.ok && filter.round && filter.round > 1) {
      const before = await getProjectAgreement(db, { projectId, unit: parsed.data.unit, minCoverage: parsed.data.min_coverage, filter: { ...filter, round: filter.round - 1 }, owner: viewer });
      if (before.ok) previousRound = before.value;
    }
    documents = getDocumentDisagreementList(db, { projectId, filter });
  }
  const progress = new Map(getProgressByCoder(db, { projectId }).map((row) => [row.coderId, row]));
  return {
    project: { id: project.id, name: project.name },
    codes: getCodesByProject(db, { projectId }).map((code) => ({ id: code.id, name: code.name, label: code.label, colour: code.color, parentId: code.parentId, position: code.position })),
    options: getDashboardFilterOptions(db, { projectId }),
    values,
    error,
    agreement,
    previousRound: previousRound && { round: parsed.success ? parsed.data.round! - 1 : 0, agreement: previousRound },
    minimums: {
      reliable: parsed.success ? (parsed.data.reliable_min ?? DEFAULT_ALPHA_MINIMUMS.reliable) : DEFAULT_ALPHA_MINIMUMS.reliable,
      tentative: parsed.success ? (parsed.data.tentative_min ?? DEFAULT_ALPHA_MINIMUMS.tentative) : DEFAULT_ALPHA_MINIMUMS.tentative,
    },
    sort: parsed.success ? parsed.data.sort : "codebook",
    documents,
    progress: {
      coders: getMembersByProject(db, { projectId })
        .filter((member) => member.role === "coder")
        .map((member) => {
          const row = progress.get(member.userId);
          return {
            login: member.login,
            displayName: member.displayName,
            assigned: row?.assigned ?? 0,
            inProgress: row?.inProgress ?? 0,
            submitted: row?.submitted ?? 0,
            lastChange: iso(row?.lastChange),
          };
        }),
      documents: getProgressByDocument(db, { projectId }).map((row) => ({ ...row, lastChange: iso(row.lastChange) })),
    },
    generatedAt: new Date().toISOString(),
  };
}
