import { readFile } from "node:fs/promises";
import { parseStatementCsv } from "@/lib/import/parse-statement-csv";
import type { Result } from "@/lib/agreement/result";
import type { JobTask } from "../job-task";

export type CsvPreviewAnswer = {
  file: string;
  preview: NonNullable<ReturnType<typeof parseStatementCsv>["preview"]>;
  problem: string | null;
  rows: number;
};

/** A CSV's headers, first rows and suggested column mapping, for the supervisor to check before anything is written. */
export async function runCsvPreviewTask(task: Extract<JobTask, { kind: "csv-preview" }>): Promise<Result<CsvPreviewAnswer>> {
  const parsed = parseStatementCsv(new Uint8Array(await readFile(task.path)), { previewRows: 5 });
  if (!parsed.preview) return { ok: false, error: `${task.name}: ${parsed.ok ? "The file holds no rows." : parsed.error}` };
  const firstError = parsed.ok ? parsed.errors[0] : undefined;
  return {
    ok: true,
    value: {
      file: task.name,
      preview: parsed.preview,
      problem: parsed.ok ? (firstError ? `${parsed.errors.length} rows have problems, e.g. row ${firstError.rowNumber}: ${firstError.message}` : null) : parsed.error,
      rows: parsed.ok ? parsed.statements.length : 0,
    },
  };
}
