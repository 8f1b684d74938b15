import { rmSync } from "node:fs";
import { projectAccess } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { uploadRoute } from "@/server/upload-route";
import { runJobAndWait } from "@/services/jobs/job-pool";
import type { CsvPreviewAnswer } from "@/services/jobs/tasks/csv-preview-task";
import { importParams, previewForm } from "../schema";
import { importUploadLimits } from "../upload-limits";

/** A CSV's headers, first rows and suggested column mapping, for the supervisor to check before anything is written. */
export const POST = uploadRoute(
  { params: importParams, body: previewForm, limits: importUploadLimits, access: (params) => projectAccess(params.id, ["supervisor"]) },
  async ({ user, params, body }) => {
    const { file } = body;
    const preview = await runJobAndWait<CsvPreviewAnswer>({
      task: { kind: "csv-preview", name: file.name, path: file.path },
      projectId: params.id,
      owner: { id: user.id, login: user.login },
      label: `preview of ${file.name}`,
      onEnd: () => rmSync(file.path, { force: true }),
    });
    if (!preview.ok) throw new AppError("bad_request", preview.error);
    return preview.value;
  },
);
