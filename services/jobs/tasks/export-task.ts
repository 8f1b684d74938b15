import { once } from "node:events";
import { createWriteStream, rmSync } from "node:fs";
import { rename } from "node:fs/promises";
import { finished } from "node:stream/promises";
import type { Db } from "@/db/client";
import type { Result } from "@/lib/agreement/result";
import { exportProject } from "@/services/export/export-project";
import type { ExportedFile, JobProgress, JobTask } from "../job-task";

/** Writes an export to `outPath` (through outPath.partial, renamed when complete, so a stopped job leaves no half file). */
export async function runExportTask(db: Db, task: Extract<JobTask, { kind: "export" }>, report: (progress: JobProgress) => void): Promise<Result<ExportedFile>> {
  report({ stage: "reading the project", done: 0, total: null });
  const result = exportProject(db, { projectId: task.projectId, format: task.format, layer: task.layer, filter: task.filter });
  if (!result.ok) return { ok: false, error: `The ${task.format} export cannot be written: ${result.error}` };
  const { file } = result;
  const partial = `${task.outPath}.partial`;
  const stream = createWriteStream(partial);
  let bytes = 0;
  try {
    for (const chunk of file.chunks) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      bytes += buffer.byteLength;
      report({ stage: "writing the file", done: bytes, total: null });
      if (!stream.write(buffer)) await once(stream, "drain");
    }
    stream.end();
    await finished(stream);
    await rename(partial, task.outPath);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  return { ok: true, value: { path: task.outPath, filename: file.filename, contentType: file.contentType, bytes } };
}
