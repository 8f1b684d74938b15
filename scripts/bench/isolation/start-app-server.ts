import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const READY_TIMEOUT_MS = 120_000;

export type AppServer = { base: string; child: ChildProcess; logPath: string; loopFile: string };

/** Builds the app with `next build` when the repository holds no build yet (.next/BUILD_ID), saying so. */
export function ensureBuild(): void {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("no build found (.next/BUILD_ID): running `next build` first; it takes a few minutes");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`next build failed (exit code ${build.status})`);
}

/** A port nothing listens on now, as the system hands one out. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * `next start` on the built app and `databasePath`, with loop-monitor.mjs preloaded into it to measure its event-loop
 * delay (written to `loopFile`), its output in `logPath`. Resolves once the app answers. It runs in its own process
 * group, so stopAppServer stops it and anything it started.
 */
export async function startAppServer({ databasePath, logPath, loopFile }: { databasePath: string; logPath: string; loopFile: string }): Promise<AppServer> {
  const port = await findFreePort();
  const base = `http://localhost:${port}`;
  const log = openSync(logPath, "a");
  const monitor = pathToFileURL(path.join(import.meta.dirname, "loop-monitor.mjs")).href;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databasePath,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      NODE_OPTIONS: `--import=${monitor}`,
      LOOP_MONITOR_FILE: loopFile,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const server = { base, child, logPath, loopFile };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app stopped while starting (${child.signalCode ?? `exit code ${child.exitCode}`})\n${lastLines(logPath)}`);
    const ready = await fetch(`${base}/api/auth/csrf`).then((response) => response.ok, () => false);
    // The monitor writes its file as it loads, long before the app answers: without it there is nothing to measure.
    if (ready && existsSync(loopFile)) return server;
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopAppServer(server);
  const problem = Date.now() < deadline ? `the app answered but loop-monitor.mjs wrote no ${loopFile}` : `the app did not answer on ${base} within ${READY_TIMEOUT_MS / 1000} s`;
  throw new Error(`${problem}\n${lastLines(logPath)}`);
}

/** Stops the app's process group: politely, then, if it has not exited after ten seconds, for good. */
export function stopAppServer({ child }: AppServer): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    process.kill(-child.pid!, "SIGTERM");
  });
}

export function lastLines(logPath: string, count = 20): string {
  const text = existsSync(logPath) ? readFileSync(logPath, "utf8").trimEnd() : "";
  return `last lines of the app's log (${logPath}):\n${text.split("\n").slice(-count).join("\n")}`;
}
