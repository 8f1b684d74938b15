// Runs every benchmark in scripts/bench/ in turn; each prints its own figures with the input size.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const benchDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench");
const only = process.argv[2];
// Run only when named (`npm run bench -- isolation`): it builds the app if needed, starts it and takes minutes.
const onlyByName = ["isolation.bench.ts"];

for (const file of readdirSync(benchDir).filter((f) => f.endsWith(".bench.ts")).sort()) {
  if (only ? !file.includes(only) : onlyByName.includes(file)) continue;
  console.log(`\n## ${file}`);
  const bench = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { run: () => Promise<void> | void };
  await bench.run();
}
