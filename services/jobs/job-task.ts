import type { CorpusUnit } from "@/lib/agreement/corpus-input";
import type { AnalysisRequest } from "@/lib/analysis/parse-analysis-request";
import type { JobProgress } from "@/lib/jobs/job-json";
import type { ColumnMappingOverride } from "@/lib/import/suggest-column-mapping";
import type { AgreementFilter } from "@/db/queries/agreement-input";
import type { ExportFilter, ExportLayer } from "@/db/export/load-export-data";
import type { ExportFormat } from "@/services/export/export-project";
import type { SuggestionModelRequest } from "@/services/suggest/run-suggestion-model";

/** What a worker is asked to do: plain data, copied to the worker thread. Files travel as paths, never as bytes. */
export type JobTask =
  | { kind: "import"; jobId: string; projectId: number; actorId: number | null; name: string; path: string; csvMapping?: ColumnMappingOverride; assignTo?: number[]; userMapping?: Record<string, number> }
  | { kind: "csv-preview"; name: string; path: string }
  | { kind: "export"; projectId: number; format: ExportFormat; layer: ExportLayer; filter?: ExportFilter; outPath: string }
  | { kind: "agreement"; projectId: number; unit: CorpusUnit; minCoverage?: number; bootstrapSamples?: number; filter?: AgreementFilter }
  | { kind: "analysis"; projectId: number; request: AnalysisRequest }
  | { kind: "suggestion-model"; request: SuggestionModelRequest }
  | { kind: "discard-import"; jobId: string };

export type { JobProgress };

/** Messages a worker posts to the pool while a task runs. */
export type WorkerMessage = { type: "started" } | ({ type: "progress" } & JobProgress);

/** What an export task leaves: the finished file on disk and how to offer it. */
export type ExportedFile = { path: string; filename: string; contentType: string; bytes: number };
