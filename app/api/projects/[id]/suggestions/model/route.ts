import { getDb } from "@/db/client";
import type { SuggestionModelAnswer } from "@/lib/suggest/suggestion-model-json";
import { readSuggestionModel } from "@/services/suggest/read-suggestion-model";
import { apiRoute } from "@/server/api-route";
import { projectAccess } from "@/server/authorize";
import { startJob } from "@/services/jobs/job-pool";
import { toJobJson } from "@/services/jobs/job-record";
import { modelParams, trainModelBody } from "./schema";

/** The last training's cross-validated evaluation, or `model: null` before the first. Supervisors only. */
export const GET = apiRoute(
  { params: modelParams, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ input }): SuggestionModelAnswer => readSuggestionModel(getDb(), { projectId: input.params.id }),
);

/**
 * Trains and cross-validates the model on a layer, and applies it when asked, as a job: 202 with the job to poll at
 * GET /api/jobs/:id, whose result is the evaluation (with `suggestions_written` when applied).
 */
export const POST = apiRoute(
  { params: modelParams, body: trainModelBody, access: ({ params }) => projectAccess(params.id, ["supervisor"]) },
  ({ user, input }) => {
    const projectId = input.params.id;
    const { from, folds, apply, order } = input.body;
    const job = startJob({
      task: { kind: "suggestion-model", request: { projectId, from, folds, apply, order, actorId: user.id } },
      projectId,
      owner: { id: user.id, login: user.login },
      label: `${apply ? "train and apply" : "train"} the suggestion model on ${from}`,
    });
    return Response.json({ job: toJobJson(job) }, { status: 202 });
  },
);
