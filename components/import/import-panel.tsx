"use client";

import { type DragEvent, useCallback, useRef, useState } from "react";
import type { FileReport } from "@/lib/import/types";
import type { JobJson } from "@/lib/jobs/job-json";
import { CsvMapping } from "./csv-mapping";
import { ImportJobStatus } from "./import-job-status";
import { ImportSummary } from "./import-summary";
import { type FileUser, readFileUsers } from "./read-file-users";
import type { CsvPreview } from "./types";
import { uploadForm } from "./upload-file";
import { UserMapping } from "./user-mapping";

type Coder = { userId: number; login: string };

type Entry = {
  key: string;
  file: File;
  progress: number;
  /** Uploading with a progress bar, then importing as a job on the server with its own progress. */
  phase: "waiting" | "uploading" | "importing" | "done";
  jobId?: string;
  preview?: CsvPreview;
  mapping?: Record<string, string | null>;
  /** A REFI-QDA project's users, and the coder each was mapped to (by GUID). */
  fileUsers?: FileUser[];
  userMapping?: Record<string, number>;
  report?: FileReport;
};

const isCsv = (file: File) => file.name.toLowerCase().endsWith(".csv");
const isRefiProject = (file: File) => /\.(qdpx|qde)$/i.test(file.name);

function refusal(file: string, message: string): FileReport {
  return { file, status: "refused", imported: 0, duplicates: [], documentIds: [], messages: [message] };
}

/**
 * Upload several files by picking or dropping them: a progress bar per file while it uploads, then its import job's
 * progress, each with a Cancel button, and a summary at the end.
 */
export function ImportPanel({ projectId, coders, maxFiles }: { projectId: number; coders: Coder[]; maxFiles: number }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [tooMany, setTooMany] = useState<string | null>(null);
  const [assign, setAssign] = useState<number[]>([]);
  const [running, setRunning] = useState(false);
  const [dragging, setDragging] = useState(false);
  const uploads = useRef(new Map<string, AbortController>());

  const update = useCallback(
    (key: string, change: Partial<Entry>) => setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry))),
    [],
  );
  const finish = useCallback((key: string, report: FileReport) => update(key, { phase: "done", progress: 1, report }), [update]);

  async function add(files: File[]) {
    const waiting = entries.filter((entry) => entry.phase !== "done").length;
    if (waiting + files.length > maxFiles) {
      setTooMany(`One import takes at most ${maxFiles} files; import these in smaller batches.`);
      return;
    }
    setTooMany(null);
    const added = files.map((file) => ({ key: `${file.name}-${file.size}-${crypto.randomUUID()}`, file, progress: 0, phase: "waiting" as const }));
    setEntries((current) => [...current.filter((entry) => entry.phase !== "done"), ...added]);
    for (const entry of added.filter((candidate) => isRefiProject(candidate.file))) {
      update(entry.key, { fileUsers: await readFileUsers(entry.file), userMapping: {} });
    }
    for (const entry of added.filter((candidate) => isCsv(candidate.file))) {
      const form = new FormData();
      form.set("file", entry.file);
      const response = await fetch(`/api/projects/${projectId}/import/preview`, { method: "POST", body: form });
      const body = (await response.json()) as CsvPreview & { error?: string };
      if (!response.ok) update(entry.key, { phase: "done", report: refusal(entry.file.name, body.error ?? "The CSV could not be read.") });
      else update(entry.key, { preview: body, mapping: body.preview.mapping });
    }
  }

  async function importAll() {
    setRunning(true);
    for (const entry of entries.filter((candidate) => candidate.phase === "waiting")) {
      const form = new FormData();
      form.set("file", entry.file);
      if (entry.mapping) form.set("mapping", JSON.stringify(entry.mapping));
      if (entry.userMapping && Object.keys(entry.userMapping).length > 0) form.set("users", JSON.stringify(entry.userMapping));
      for (const coderId of assign) form.append("assign", String(coderId));
      const controller = new AbortController();
      uploads.current.set(entry.key, controller);
      update(entry.key, { phase: "uploading" });
      try {
        const { status, body } = await uploadForm(`/api/projects/${projectId}/import`, form, (share) => update(entry.key, { progress: share }), controller.signal);
        if (status === 202) update(entry.key, { phase: "importing", progress: 1, jobId: (body as { job: JobJson }).job.id });
        else finish(entry.key, refusal(entry.file.name, (body as { error?: string } | null)?.error ?? `The server answered ${status}.`));
      } catch (error) {
        finish(entry.key, refusal(entry.file.name, (error as Error).message));
      } finally {
        uploads.current.delete(entry.key);
      }
    }
    setRunning(false);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void add([...event.dataTransfer.files]);
  }

  const waiting = entries.filter((entry) => entry.phase === "waiting").length;
  const reports = entries.flatMap((entry) => (entry.report ? [entry.report] : []));
  const allDone = entries.length > 0 && entries.every((entry) => entry.phase === "done");

  return (
    <>
      <div
        role="region"
        aria-label="Drop files to import"
        className="panel"
        style={{ borderStyle: "dashed", background: dragging ? "#eef4ff" : undefined, textAlign: "center", padding: "2rem" }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>Drop .txt, .md, .docx, .pdf, .csv, .qdpx or .qdc files here, or</p>
        <label style={{ display: "inline-block" }}>
          Choose files
          <input type="file" multiple onChange={(event) => void add([...(event.target.files ?? [])])} />
        </label>
        <p className="muted">Up to {maxFiles} files. Each file is imported whole or not at all.</p>
        {tooMany && (
          <p className="error" role="alert">
            {tooMany}
          </p>
        )}
      </div>

      {coders.length > 0 && (
        <fieldset className="panel">
          <legend>Assign the imported statements to</legend>
          {coders.map((coder) => (
            <label key={coder.userId} className="check">
              <input
                type="checkbox"
                checked={assign.includes(coder.userId)}
                onChange={(event) => setAssign(event.target.checked ? [...assign, coder.userId] : assign.filter((id) => id !== coder.userId))}
              />
              {coder.login}
            </label>
          ))}
        </fieldset>
      )}

      {entries.length > 0 && (
        <ul aria-label="Files to import" style={{ listStyle: "none", padding: 0 }}>
          {entries.map((entry) => (
            <li key={entry.key} className="panel">
              <div style={{ display: "flex", gap: "1rem", alignItems: "center", flexWrap: "wrap" }}>
                <strong style={{ flex: 1 }}>{entry.file.name}</strong>
                {/* A refused file was not taken in: a full bar would say the opposite. */}
                {entry.report?.status !== "refused" && <progress max={1} value={entry.progress} aria-label={`Upload of ${entry.file.name}`} />}
                <span className={entry.report?.status === "refused" ? "error" : "muted"}>{entry.report ? entry.report.status : entry.phase}</span>
                {entry.phase === "uploading" && (
                  <button type="button" onClick={() => uploads.current.get(entry.key)?.abort()}>
                    Cancel upload of {entry.file.name}
                  </button>
                )}
              </div>
              {entry.phase === "importing" && entry.jobId && (
                <ImportJobStatus jobId={entry.jobId} file={entry.file.name} onFinished={(report) => finish(entry.key, report)} />
              )}
              {entry.fileUsers && entry.fileUsers.length > 0 && entry.phase === "waiting" && (
                <UserMapping
                  file={entry.file.name}
                  users={entry.fileUsers}
                  coders={coders}
                  mapping={entry.userMapping ?? {}}
                  onChange={(userMapping) => update(entry.key, { userMapping })}
                />
              )}
              {entry.preview && entry.mapping && entry.phase === "waiting" && (
                <CsvMapping preview={entry.preview} mapping={entry.mapping} onChange={(mapping) => update(entry.key, { mapping })} />
              )}
            </li>
          ))}
        </ul>
      )}

      <button type="button" disabled={running || waiting === 0} onClick={() => void importAll()}>
        {running ? "Importing…" : `Import ${waiting} file${waiting === 1 ? "" : "s"}`}
      </button>

      {allDone && <ImportSummary reports={reports} />}
    </>
  );
}
