import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What the production build is made from: a change to any of these needs a new build. */
const BUILD_INPUTS = ["app", "components", "lib", "db", "server", "services", "types", "public", "proxy.ts", "next.config.ts", "tsconfig.json", "package-lock.json"];

/**
 * A fingerprint of the build's inputs under `root`: every file's path, size and modification time. Reading metadata
 * only keeps it to milliseconds; a file touched without a change (a checkout) costs one unneeded build, never a stale one.
 */
export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) if (!entry.startsWith(".")) visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}\0${stats.size}\0${stats.mtimeMs}\n`);
    }
  };
  for (const input of BUILD_INPUTS) visit(input);
  return hash.digest("hex");
}
