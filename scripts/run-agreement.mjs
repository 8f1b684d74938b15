// `npm run agreement` starts here: it runs scripts/agreement.ts compiled into JavaScript, so no TypeScript compiler
// loads at each start (tsx took most of a small input's time). The build is split: the project mode, with the
// database libraries it loads, is a chunk of its own that a file never waits for. It is built with esbuild (installed
// with tsx) when missing or older than any file it was built from, so a checkout that changed a source never runs
// stale code and no install step has to remember to build it. Building takes about a second, once.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, ".build", "agreement");
// Names the current build's directory and the files it was built from.
const currentFile = path.join(outDir, "current.json");

/** The current build's entry when it exists and is newer than every source file (and config) it was built from. */
function freshEntry() {
  if (!existsSync(currentFile)) return null;
  const built = statSync(currentFile).mtimeMs;
  const { entry, inputs } = JSON.parse(readFileSync(currentFile, "utf8"));
  const fresh = existsSync(path.join(outDir, entry)) && inputs.every((file) => existsSync(path.join(root, file)) && statSync(path.join(root, file)).mtimeMs <= built);
  return fresh ? entry : null;
}

async function build() {
  const { build } = await import("esbuild");
  // Each build gets a directory of its own and becomes current by a rename, so a process starting meanwhile runs
  // either the old build or the new one whole, and one still loading the old build's chunk finds it.
  const id = `${Date.now()}-${process.pid}`;
  const result = await build({
    entryPoints: [path.join(root, "scripts/agreement.ts")],
    outdir: path.join(outDir, id),
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    // Packages stay in node_modules (better-sqlite3 is native), except zod: compiled in, it loads in half the time
    // its many files take, a tenth of a large file's run.
    external: externalPackages(),
    tsconfig: path.join(root, "tsconfig.json"),
    metafile: true,
    logLevel: "error",
  });
  // The build settings are an input too: a change to them must rebuild. Packages compiled in change only with the lock.
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  const inputs = [...sources, "tsconfig.json", "package.json", "package-lock.json", "scripts/run-agreement.mjs"];
  mkdirSync(outDir, { recursive: true });
  const partial = `${currentFile}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify({ entry: `${id}/agreement.mjs`, inputs }));
  renameSync(partial, currentFile);
  removeOldBuilds(id);
  return `${id}/agreement.mjs`;
}

/** Every package the app depends on, and its subpaths, but zod. */
function externalPackages() {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  return Object.keys({ ...dependencies, ...devDependencies })
    .filter((name) => name !== "zod")
    .flatMap((name) => [name, `${name}/*`]);
}

/** Earlier builds, once no process started from them can still be loading their chunks. */
function removeOldBuilds(current) {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(outDir)) {
    const directory = path.join(outDir, name);
    if (name !== current && statSync(directory).isDirectory() && statSync(directory).mtimeMs < hourAgo) rmSync(directory, { recursive: true, force: true });
  }
}

const entry = freshEntry() ?? (await build());
await import(pathToFileURL(path.join(outDir, entry)).href);
