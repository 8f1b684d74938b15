// Times import of 10,000 statements from one CSV (3,000 speakers) and export of 100,000 annotations to CSV and to
// .qdpx, on a temporary database. Prints figures with sizes; times are for this machine, not asserted.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { exportProject } from "../../services/export/export-project";
import { importIntoProject } from "../../services/import/import-into-project";
import { runMigrations } from "../../db/migrate";
import { getCodesByProject } from "../../db/queries/codes";
import { insertProjectWithDefaultCodebook } from "../../db/queries/projects";
import { insertUser } from "../../db/queries/users";
import { annotations, documents } from "../../db/schema";
import { mulberry32 } from "../../lib/agreement/mulberry32";
import { sliceByCodePoints } from "../../lib/offsets/code-points";

const STATEMENTS = 10_000;
const SPEAKERS = 3_000;
const ANNOTATIONS = 100_000;
const WORDS = ["we", "left", "the", "village", "in", "spring", "قال", "التنظيم", "mother", "pay", "never", "came", "commander"];

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
}

export async function run(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "bench-import-export-"));
  try {
    const db = openDatabase(path.join(folder, "bench.db"));
    runMigrations(db);
    const projectId = db.transaction((tx) => insertProjectWithDefaultCodebook(tx, { name: "Bench", description: "", actorId: null }).id);
    const random = mulberry32(7);
    const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(random.next() * WORDS.length)]).join(" ");
    const rows = ["text,title,alias,country,region,gender,defection_date,statement_date"];
    for (let i = 0; i < STATEMENTS; i++) {
      const speaker = i % SPEAKERS;
      const text = Array.from({ length: 8 }, sentence).join(". ") + ` (statement ${i})`;
      rows.push(`"${text}",Statement ${i},Speaker ${speaker},Country ${speaker % 40},Region ${speaker % 6},${speaker % 7 === 0 ? "female" : "male"},2015-${String((speaker % 12) + 1).padStart(2, "0")},2016-01-01`);
    }
    const csv = new TextEncoder().encode(rows.join("\n"));
    console.log(`import input: one CSV of ${STATEMENTS} statements from ${SPEAKERS} speakers, ${megabytes(csv.byteLength)}`);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const report = await importIntoProject(db, { projectId, actorId: null, name: "bench.csv", bytes: csv, limits: { maxFileBytes: 100 * 1024 * 1024 } });
    console.log(`import of ${report.imported} statements: ${(performance.now() - started).toFixed(0)} ms (target < 15 s); heap grew ${megabytes(process.memoryUsage().heapUsed - heapBefore)}, rss ${megabytes(process.memoryUsage().rss)}`);

    const coderId = db.transaction((tx) => insertUser(tx, { login: "bench-coder", displayName: "Bench", passwordHash: "x", role: "member" }).id);
    const codeIds = getCodesByProject(db, { projectId }).map((code) => code.id);
    const texts = db.select({ id: documents.id, text: documents.text }).from(documents).all();
    db.transaction((tx) => {
      for (let i = 0; i < ANNOTATIONS; i++) {
        const document = texts[i % texts.length]!;
        const start = Math.floor(random.next() * 200);
        const end = start + 10 + Math.floor(random.next() * 60);
        tx.insert(annotations)
          .values({ documentId: document.id, coderId, codeId: codeIds[i % codeIds.length]!, start, end, quote: sliceByCodePoints(document.text, start, end) })
          .run();
      }
    });
    console.log(`export input: ${ANNOTATIONS} annotations on ${texts.length} documents`);
    for (const format of ["csv", "qdpx"] as const) {
      timed(`export of ${ANNOTATIONS} annotations to ${format} (target < 3 s)`, () => {
        const result = exportProject(db, { projectId, format, layer: "coders" });
        if (!result.ok) throw new Error(result.error);
        let bytes = 0;
        for (const chunk of result.file.chunks) bytes += chunk.length;
        return bytes;
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
