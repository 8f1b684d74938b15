import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceFingerprint } from "./source-fingerprint";

/**
 * Runs `next build` unless the last successful build was made from the same sources, so a second start is quick.
 * The fingerprint is written into .next only after a build succeeds; a failed or interrupted build builds again.
 */
export function buildIfChanged({ root, nextBin }: { root: string; nextBin: string }): "built" | "unchanged" {
  const stamp = path.join(root, ".next", "source-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
  if (built) return "unchanged";
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: root });
  if (build.status !== 0) throw new Error(`next build failed (exit code ${build.status})`);
  writeFileSync(stamp, fingerprint);
  return "built";
}
