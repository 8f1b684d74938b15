import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { safeUnzip } from "../zip/safe-unzip";
import { zipDeflated } from "./zip-deflated";

const files: [string, Uint8Array][] = [
  ["project.qde", new TextEncoder().encode("<Project/>".repeat(1000))],
  ["sources/a.txt", new TextEncoder().encode("탈북한 날은 추웠다 😔\n")],
  ["sources/empty.txt", new Uint8Array()],
];

describe("zipDeflated", () => {
  it("writes a ZIP that fflate and safeUnzip read back byte for byte", () => {
    const zip = zipDeflated(files, "2024-05-02T11:30:00Z");
    expect(unzipSync(zip)).toEqual(Object.fromEntries(files));
    const safe = safeUnzip(zip);
    expect(safe.ok && Object.fromEntries(safe.archive.files)).toEqual(Object.fromEntries(files));
  });

  it("writes a ZIP that Info-ZIP's unzip tests as sound", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "zip-deflated-")), "test.qdpx");
    writeFileSync(file, zipDeflated(files, "2024-05-02T11:30:00Z"));
    const run = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    expect(run.stdout).toContain("No errors detected");
  });

  it("gives the same bytes for the same files and date", () => {
    expect(zipDeflated(files, "2024-05-02T11:30:00Z")).toEqual(zipDeflated(files, "2024-05-02T11:30:00Z"));
  });
});
