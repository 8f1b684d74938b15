// Issue 11: do a supervisor's heavy jobs leave the coders' saves alone? Ten coder clients save and delete annotations
// on the built app for 15 s idle, then while a supervisor imports three near-limit files (a PDF, a CSV, a .docx),
// exports 100,000 annotations and asks for agreement on a 750-code project. Prints the coders' save times in both
// phases, the app's event-loop delay (perf_hooks.monitorEventLoopDelay inside the app, see isolation/loop-monitor.mjs)
// and each job's time, then whether each target is met: save p95 loaded / idle ≤ 3, 0 errors, loop p99 ≤ 50 ms.
// Targets are reported, not asserted; a harness failure (no build, the app did not start, a sign-in failed) throws.
// Builds the app first when there is no build. Takes a few minutes: run it by name, `npm run bench -- isolation`.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seededRandom } from "./generate-long-statement";
import { endLoopPhase } from "./isolation/end-loop-phase";
import { generateImportFiles, mib } from "./isolation/generate-import-files";
import { BENCH_PASSWORD, prepareBenchDatabase } from "./isolation/prepare-bench-database";
import { type PhaseFigures, printIsolationReport } from "./isolation/print-isolation-report";
import { type Phase, runCoder, type SaveSample } from "./isolation/run-coder";
import { runSupervisorJobs } from "./isolation/run-supervisor-jobs";
import { signIn } from "./isolation/sign-in";
import { type AppServer, ensureBuild, lastLines, startAppServer, stopAppServer } from "./isolation/start-app-server";

const WARM_UP_MS = 3_000;
const IDLE_MS = 15_000;
const MIN_LOADED_MS = 15_000;
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

export async function run(): Promise<void> {
  ensureBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "isolation-bench-"));
  let server: AppServer | null = null;
  // The app runs in its own process group: stop it when the bench is interrupted or stopped, not only when it ends.
  const interrupt = () =>
    void (server ? stopAppServer(server) : Promise.resolve()).finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(130);
    });
  for (const signal of STOP_SIGNALS) process.once(signal, interrupt);
  try {
    const prepareStarted = performance.now();
    const databasePath = path.join(dataDir, "testimony.db");
    const data = await prepareBenchDatabase(databasePath);
    const files = generateImportFiles(dataDir);
    const { agreement, export: exported } = data;
    console.log(
      `agreement project: ${agreement.codes} codes in a tree of ${agreement.levels} levels, ${agreement.statements} statements ` +
        `(${agreement.codePoints.toLocaleString("en")} code points), 3 coders who submitted, ${agreement.annotations.toLocaleString("en")} annotations`,
    );
    console.log(
      `export project: ${exported.statements.toLocaleString("en")} statements (${exported.codePoints.toLocaleString("en")} code points), ` +
        `${data.coderLogins.length} coders, ${exported.annotations.toLocaleString("en")} annotations; the coders save into ${exported.workingDocuments.length} of its statements`,
    );
    for (const file of files) console.log(`import file ${file.name}: ${mib(file.bytes)}, ${file.describe}`);
    console.log(`database and files prepared in ${((performance.now() - prepareStarted) / 1000).toFixed(1)} s`);

    const startStarted = performance.now();
    server = await startAppServer({ databasePath, logPath: path.join(dataDir, "server.log"), loopFile: path.join(dataDir, "loop-delay.json") });
    const { base } = server;
    const supervisor = await signIn(base, data.supervisorLogin, BENCH_PASSWORD);
    const coders = await Promise.all(data.coderLogins.map((login) => signIn(base, login, BENCH_PASSWORD)));
    console.log(`app ready and ${coders.length + 1} accounts signed in after ${((performance.now() - startStarted) / 1000).toFixed(1)} s`);
    // The idle phase is the baseline of the ratio: on a machine busy with other work it is inflated and the ratio flatters.
    console.log(`machine: ${os.availableParallelism()} cores, 1-minute load average ${os.loadavg()[0]!.toFixed(1)} before the idle phase`);

    let phase: Phase = "warm-up";
    let running = true;
    const samples: SaveSample[] = [];
    const coderRuns = coders.map((session, i) =>
      runCoder({
        session,
        documents: exported.workingDocuments,
        codeIds: exported.codeIds,
        random: seededRandom(100 + i),
        phase: () => phase,
        running: () => running,
        samples,
      }),
    );
    // Saves during the warm-up compile the save path and open the database; they are not counted.
    await sleep(WARM_UP_MS);
    await endLoopPhase(server.loopFile);

    phase = "idle";
    await sleep(IDLE_MS);
    const idleLoop = await endLoopPhase(server.loopFile);

    phase = "loaded";
    const loadedStarted = performance.now();
    const jobs = await runSupervisorJobs(supervisor, {
      files,
      importProjectId: data.importProjectId,
      exportProjectId: exported.projectId,
      agreementProjectId: agreement.projectId,
    });
    await sleep(MIN_LOADED_MS - (performance.now() - loadedStarted));
    const loadedLoop = await endLoopPhase(server.loopFile);
    const loadedMs = performance.now() - loadedStarted;
    running = false;
    await Promise.all(coderRuns);

    const phases: PhaseFigures[] = [
      { phase: "idle", seconds: IDLE_MS / 1000, loop: idleLoop },
      { phase: "loaded", seconds: loadedMs / 1000, loop: loadedLoop },
    ];
    printIsolationReport({ samples, phases, jobs, coders: coders.length });
  } catch (error) {
    const log = server ? `\n${lastLines(server.logPath)}` : "";
    throw new Error(`${error instanceof Error ? error.message : String(error)}${log}`, { cause: error });
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, interrupt);
    if (server) await stopAppServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
