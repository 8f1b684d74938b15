import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getProjectByName } from "@/db/queries/projects";
import { DEMO_PROJECT_NAME, seedDemo } from "@/db/seed/seed-demo";
import { computeProjectAgreement, type ProjectAgreement } from "@/services/agreement/project-agreement";
import { cancelJob, getJob, runJobAndWait, startJob, waitForJob } from "./job-pool";

// One worker, so a second job waits in the queue while the first runs; the workers read this database.
process.env.JOB_WORKERS = "1";
process.env.DATABASE_URL = path.join(mkdtempSync(path.join(os.tmpdir(), "job-pool-")), "testimony.db");
let projectId: number;
const owner = { id: 1, login: "supervisor" };

beforeAll(async () => {
  const db = openDatabase();
  runMigrations(db);
  await seedDemo(db);
  projectId = getProjectByName(db, { name: DEMO_PROJECT_NAME })!.id;
}, 60_000);

afterAll(() => {
  delete process.env.JOB_MAX_SECONDS;
});

describe("the job pool", () => {
  it("computes agreement in a worker thread with the same figures as on this thread", { timeout: 120_000 }, async () => {
    const inWorker = await runJobAndWait({ task: { kind: "agreement", projectId, unit: "sentence", bootstrapSamples: 50 }, projectId, owner, label: "agreement" });
    const here = computeProjectAgreement(openDatabase(), { projectId, unit: "sentence", bootstrapSamples: 50 });
    if (!inWorker.ok || !here.ok) throw new Error("agreement failed");
    // Equal but for the moment each was computed.
    const withoutTime = (agreement: ProjectAgreement) => ({ ...agreement, computed_from: { ...agreement.computed_from, computed_at: "" } });
    expect(withoutTime(inWorker.value as ProjectAgreement)).toEqual(withoutTime(here.value));
  });

  it("queues a second job while the only worker is busy, and a queued job cancelled never runs", { timeout: 120_000 }, async () => {
    const first = startJob({ task: { kind: "agreement", projectId, unit: "character", bootstrapSamples: 200 }, projectId, owner, label: "first" });
    const second = startJob({ task: { kind: "agreement", projectId, unit: "document" }, projectId, owner, label: "second" });
    expect(getJob(second.id)?.state).toBe("queued");
    cancelJob(second.id);
    const [firstDone, secondDone] = await Promise.all([waitForJob(first), waitForJob(second)]);
    expect(firstDone.state).toBe("succeeded");
    expect(secondDone).toMatchObject({ state: "cancelled", startedAt: null });
    expect(secondDone.error).toContain("Nothing of it was saved.");
  });

  it("stops a job past its time limit with a message naming the limit, and runs the next job", { timeout: 120_000 }, async () => {
    process.env.JOB_MAX_SECONDS = "0.001";
    const stopped = await waitForJob(startJob({ task: { kind: "agreement", projectId, unit: "character", bootstrapSamples: 1000 }, projectId, owner, label: "slow" }));
    expect(stopped.state).toBe("failed");
    expect(stopped.error).toMatch(/time limit of 0\.001 s .*JOB_MAX_SECONDS/);
    delete process.env.JOB_MAX_SECONDS;
    const next = await runJobAndWait({ task: { kind: "agreement", projectId, unit: "document" }, projectId, owner, label: "next" });
    expect(next.ok).toBe(true);
  });
});
