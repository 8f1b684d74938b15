import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { safeUnzip } from "../zip/safe-unzip";
import { zipDeflated } from "./zip-deflated";

const encode = (text: string) => new TextEncoder().encode(text);
const files: [string, Uint8Array][] = [
  ["project.qde", encode("<Project/>".repeat(1000))],
  ["sources/a.txt", encode("탈북한 날은 추웠다 😔\n")],
  ["sources/empty.txt", new Uint8Array()],
];

/** The files, the first split into pieces (one of them empty), zipped into one byte array. */
function zipped(mtime: string): Uint8Array {
  const [name, qde] = files[0]!;
  const pieces = [qde.subarray(0, 7), new Uint8Array(), qde.subarray(7, 5000), qde.subarray(5000)];
  const chunks = zipDeflated([[name, pieces], ...files.slice(1).map(([other, data]): [string, Uint8Array[]] => [other, [data]])], mtime);
  return new Uint8Array(Buffer.concat([...chunks]));
}

describe("zipDeflated", () => {
  it("writes a ZIP that fflate and safeUnzip read back byte for byte, each file joined from its pieces", () => {
    const zip = zipped("2024-05-02T11:30:00Z");
    expect(unzipSync(zip)).toEqual(Object.fromEntries(files));
    const safe = safeUnzip(zip);
    expect(safe.ok && Object.fromEntries(safe.archive.files)).toEqual(Object.fromEntries(files));
  });

  it("writes a ZIP that Info-ZIP's unzip tests as sound", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "zip-deflated-")), "test.qdpx");
    writeFileSync(file, zipped("2024-05-02T11:30:00Z"));
    const run = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    expect(run.stdout).toContain("No errors detected");
  });

  it("gives the same bytes for the same files and date", () => {
    expect(zipped("2024-05-02T11:30:00Z")).toEqual(zipped("2024-05-02T11:30:00Z"));
  });
});
