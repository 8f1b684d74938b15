import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFingerprint } from "./source-fingerprint";

function checkout() {
  const root = mkdtempSync(path.join(os.tmpdir(), "fingerprint-"));
  mkdirSync(path.join(root, "app"));
  mkdirSync(path.join(root, "e2e"));
  writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;");
  writeFileSync(path.join(root, "e2e", "a.spec.ts"), "test");
  return root;
}

describe("sourceFingerprint", () => {
  it("stays the same while the build's inputs do", () => {
    const root = checkout();
    expect(sourceFingerprint(root)).toBe(sourceFingerprint(root));
  });

  it("changes when a source changes, is added or is touched", () => {
    const root = checkout();
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 22;");
    const edited = sourceFingerprint(root);
    expect(edited).not.toBe(before);
    writeFileSync(path.join(root, "app", "layout.tsx"), "x");
    const added = sourceFingerprint(root);
    expect(added).not.toBe(edited);
    utimesSync(path.join(root, "app", "layout.tsx"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(sourceFingerprint(root)).not.toBe(added);
  });

  it("ignores files the build does not read, such as tests in e2e/", () => {
    const root = checkout();
    const before = sourceFingerprint(root);
    writeFileSync(path.join(root, "e2e", "b.spec.ts"), "another test");
    expect(sourceFingerprint(root)).toBe(before);
  });
});
