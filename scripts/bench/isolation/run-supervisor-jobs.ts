import { readFileSync } from "node:fs";
import { isJobFinished, type JobJson } from "@/lib/jobs/job-json";
import type { FileReport } from "@/lib/import/types";
import type { ImportFile } from "./generate-import-files";
import type { Session } from "./sign-in";

const POLL_MS = 250;
const POLL_RETRIES = 5;
// A job's own limit is JOB_MAX_SECONDS (900 unless set); past it and a minute more, the bench cancels and says so.
const GIVE_UP_MS = (Number(process.env.JOB_MAX_SECONDS) > 0 ? Number(process.env.JOB_MAX_SECONDS) : 900) * 1000 + 60_000;

/** How one of the supervisor's jobs ended: `jobMs` is finishedAt − createdAt as the app reports it, `wallMs` the bench's own. */
export type JobOutcome = { label: string; state: string; wallMs: number; jobMs: number | null; queuedMs: number | null; detail: string };

/**
 * The supervisor's work, all at once: the three imports, the export and the agreement. A request that got no answer
 * at all (the connection failed, or waited past fetch's five minutes) is an outcome too, not a failure of the bench.
 */
export function runSupervisorJobs(session: Session, { files, importProjectId, exportProjectId, agreementProjectId }: {
  files: ImportFile[];
  importProjectId: number;
  exportProjectId: number;
  agreementProjectId: number;
}): Promise<JobOutcome[]> {
  const started = performance.now();
  const settle = (label: string, work: Promise<JobOutcome>) =>
    work.catch((error: unknown): JobOutcome => {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      return { label, state: `no answer (${reason})`, wallMs: performance.now() - started, jobMs: null, queuedMs: null, detail: "" };
    });
  return Promise.all([
    ...files.map((file) => settle(`import ${file.name}`, importFile(session, importProjectId, file))),
    settle("export csv (coders)", exportProject(session, exportProjectId)),
    settle("agreement by sentence", requestAgreement(session, agreementProjectId)),
  ]);
}

/** Uploads a file to the import route and follows its job; an answer of 200 with the report is a job done at once. */
async function importFile(session: Session, projectId: number, file: ImportFile): Promise<JobOutcome> {
  const started = performance.now();
  const form = new FormData();
  form.set("file", new File([readFileSync(file.path)], file.name));
  const response = await session.send(`/api/projects/${projectId}/import`, { method: "POST", body: form });
  const label = `import ${file.name}`;
  if (response.status === 200) {
    const report = describeReport(await response.json());
    return { label, state: "succeeded (answered at once)", wallMs: performance.now() - started, jobMs: null, queuedMs: null, detail: report };
  }
  if (response.status !== 202) return refused(label, response, started);
  const job = await followJob(session, ((await response.json()) as { job: JobJson }).job);
  return { ...timesOf(job, started), label, state: job.state, detail: job.error ?? describeReport(job.result) };
}

/** Starts a CSV export of the coders' layer and follows its job, then downloads the file as the Export page offers it. */
async function exportProject(session: Session, projectId: number): Promise<JobOutcome> {
  const started = performance.now();
  const label = "export csv (coders)";
  const response = await session.send(`/api/projects/${projectId}/exports`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ format: "csv", layer: "coders" }),
  });
  if (response.status !== 202) return refused(label, response, started);
  const job = await followJob(session, ((await response.json()) as { job: JobJson }).job);
  if (job.state !== "succeeded") return { ...timesOf(job, started), label, state: job.state, detail: job.error ?? "" };
  const downloadStarted = performance.now();
  const file = await session.send(`/api/jobs/${job.id}/file`);
  const bytes = (await file.arrayBuffer()).byteLength;
  const download = `file ${(bytes / 2 ** 20).toFixed(1)} MiB, downloaded in ${((performance.now() - downloadStarted) / 1000).toFixed(1)} s (${file.status})`;
  return { ...timesOf(job, started), label, state: file.ok ? job.state : "succeeded, download failed", detail: download };
}

/** Asks for agreement by sentence; the request itself waits for the answer, so its time is the job's. */
async function requestAgreement(session: Session, projectId: number): Promise<JobOutcome> {
  const started = performance.now();
  const response = await session.send(`/api/projects/${projectId}/agreement?unit=sentence`);
  const body = await response.text();
  const wallMs = performance.now() - started;
  const detail = response.ok ? `${(body.length / 2 ** 20).toFixed(1)} MiB of JSON` : body.slice(0, 300);
  return { label: "agreement by sentence", state: response.ok ? "succeeded" : `refused (${response.status})`, wallMs, jobMs: null, queuedMs: null, detail };
}

/** A job as last seen; besides the app's states, "lost" when the app stopped answering about it, or cancelled by the bench. */
type SeenJob = Omit<JobJson, "state"> & { state: string };

async function followJob(session: Session, started: JobJson): Promise<SeenJob> {
  let job = started;
  let missedPolls = 0;
  const deadline = Date.now() + GIVE_UP_MS;
  while (!isJobFinished(job.state)) {
    if (Date.now() > deadline) {
      await session.send(`/api/jobs/${job.id}`, { method: "DELETE" });
      return { ...job, state: "cancelled by the bench", error: `still ${job.state} (${job.stage}) after ${GIVE_UP_MS / 1000} s` };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    // A poll is not what is measured: as react-query does for the pages' useJob, a poll without an answer (say a
    // keep-alive connection the app closed while its loop was blocked) is tried again, a few times in a row at most.
    const response = await session.send(`/api/jobs/${job.id}`).catch((error: unknown) => {
      if (++missedPolls > POLL_RETRIES) throw error;
      return null;
    });
    if (response === null) continue;
    missedPolls = 0;
    if (!response.ok) return { ...job, state: `lost (${response.status})`, error: (await response.text()).slice(0, 300) };
    job = ((await response.json()) as { job: JobJson }).job;
  }
  return job;
}

function timesOf(job: SeenJob, started: number) {
  const at = (iso: string | null) => (iso === null ? null : Date.parse(iso));
  const [created, begun, finished] = [at(job.createdAt), at(job.startedAt), at(job.finishedAt)];
  return {
    wallMs: performance.now() - started,
    jobMs: created !== null && finished !== null ? finished - created : null,
    queuedMs: created !== null && begun !== null ? begun - created : null,
  };
}

async function refused(label: string, response: Response, started: number): Promise<JobOutcome> {
  const detail = (await response.text()).slice(0, 300);
  return { label, state: `refused (${response.status})`, wallMs: performance.now() - started, jobMs: null, queuedMs: null, detail };
}

function describeReport(result: unknown): string {
  const report = result as Partial<FileReport> | null;
  if (!report?.status) return "";
  const messages = report.messages?.length ? `; ${report.messages.join(" ")}` : "";
  const imported = report.imported ?? 0;
  return `${report.status}, ${imported.toLocaleString("en")} statement${imported === 1 ? "" : "s"} stored${messages}`;
}
