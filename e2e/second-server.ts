import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Another instance of the built app on its own port and empty (migrated, seeded) database, for a test that needs
 * settings the shared server does not have, such as a tiny job time limit. Stop it with `stop()`.
 */
export async function startSecondServer(port: number, env: Record<string, string>): Promise<{ baseURL: string; stop: () => void }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "testimony-e2e-second-"));
  const baseURL = `http://localhost:${port}`;
  const server: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: { ...process.env, ...env, DATABASE_URL: path.join(dataDir, "testimony.db"), PORT: String(port), SKIP_BUILD: "1", NEXTAUTH_URL: baseURL },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`The second server exited with ${server.exitCode}.`);
    const answered = await fetch(`${baseURL}/signin`).then((response) => response.ok, () => false);
    if (answered) return { baseURL, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error("The second server did not answer within 120 s.");
}
