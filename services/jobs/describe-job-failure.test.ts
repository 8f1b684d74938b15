import { describe, expect, it } from "vitest";
import { describeJobFailure } from "./describe-job-failure";

const config = { workers: 1, maxSeconds: 900, maxMemoryMb: 2048 };

describe("describeJobFailure", () => {
  it("names the memory limit and the variable that raises it when the worker ran out of memory", () => {
    const error = Object.assign(new Error("Worker terminated due to reaching memory limit: JS heap out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" });
    expect(describeJobFailure(error, null, config)).toBe(
      "The job needed more than its memory limit of 2048 MB and was stopped. Nothing of it was saved. " +
        "Split the work (smaller files, fewer statements), or ask the administrator to raise JOB_MAX_MEMORY_MB.",
    );
  });

  it("names the time limit when the job was stopped for time, whatever error the stopped worker gave", () => {
    expect(describeJobFailure(new Error("The task has been aborted"), "time", config)).toMatch(/^The job ran longer than its time limit of 900 s .*JOB_MAX_SECONDS\.$/);
  });

  it("says a cancelled job kept nothing", () => {
    expect(describeJobFailure(new Error("aborted"), "cancelled", config)).toBe("Cancelled. Nothing of it was saved.");
  });
});
