// `npm run agreement` starts here: it runs scripts/agreement.ts compiled into one JavaScript file, so no TypeScript
// compiler loads at each start (tsx took most of a small input's time). The bundle is built with esbuild (installed
// with tsx) when it is missing or older than any file it was built from, so a checkout that changed a source never
// runs stale code and no install step has to remember to build it. Building takes about a second, once.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, ".build");
const bundle = path.join(outDir, "agreement.mjs");
const inputsFile = path.join(outDir, "agreement.inputs.json");

/** Whether the bundle exists and is newer than every source file (and config) it was built from. */
function isFresh() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const built = statSync(bundle).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  return inputs.every((file) => existsSync(path.join(root, file)) && statSync(path.join(root, file)).mtimeMs <= built);
}

async function buildBundle() {
  const { build } = await import("esbuild");
  // Written beside and renamed, so a second process starting meanwhile never runs half a file.
  const partial = `${bundle}.${process.pid}.partial`;
  const result = await build({
    entryPoints: [path.join(root, "scripts/agreement.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages stay in node_modules (better-sqlite3 is native); only our TypeScript is compiled in.
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    metafile: true,
    logLevel: "error",
  });
  const inputs = [...Object.keys(result.metafile.inputs), "tsconfig.json", "package.json"];
  writeFileSync(inputsFile, JSON.stringify(inputs));
  renameSync(partial, bundle);
}

if (!isFresh()) await buildBundle();
await import(pathToFileURL(bundle).href);
