// Exports a project of 100,000 codings to .qdpx and imports it back; the target is under 3 s for the export.
import { createCodePointIndex } from "../../lib/offsets/code-points";
import { parseQdpx } from "../../lib/refi-qda/parse-qdpx";
import type { RefiCode, RefiCoding, RefiProject, RefiSource } from "../../lib/refi-qda/types";
import { writeQdpx } from "../../lib/refi-qda/write-qdpx";

const SOURCES = 200;
const CODINGS = 100_000;
const SENTENCE = "😔 قال إنه غادر في 2015. 탈북한 날은 추웠다. We crossed the river at night, and nobody spoke.\n";

/** A GUID from a counter: deterministic, and valid for the schema. */
const guid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

function buildProject(): RefiProject {
  const codes: RefiCode[] = Array.from({ length: 20 }, (_, i) => ({
    guid: guid(1, i),
    name: `Theme ${i}`,
    color: "#1F77B4",
    description: `What theme ${i} covers.`,
    isCodable: true,
    children: Array.from({ length: 9 }, (_, j) => ({
      guid: guid(2, i * 10 + j),
      name: `Theme ${i}.${j}`,
      color: null,
      description: null,
      isCodable: true,
      children: [],
    })),
  }));
  const sources: RefiSource[] = Array.from({ length: SOURCES }, (_, i) => ({
    guid: guid(3, i),
    name: `Testimony ${i + 1}`,
    text: SENTENCE.repeat(600),
    userGuid: guid(4, 0),
    createdAt: "2024-05-01T10:00:00Z",
  }));
  const codings: RefiCoding[] = [];
  const perSource = CODINGS / SOURCES;
  for (const [i, source] of sources.entries()) {
    const index = createCodePointIndex(source.text);
    for (let k = 0; k < perSource; k++) {
      const start = (k * 97) % (index.length - 120);
      const end = start + 20 + (k % 90);
      codings.push({
        guid: guid(5, i * perSource + k),
        sourceGuid: source.guid,
        codeGuid: guid(2, (k % 20) * 10 + (k % 9)),
        start,
        end,
        quote: source.text.slice(index.toUtf16Index(start), index.toUtf16Index(end)),
        userGuid: guid(4, k % 2),
        createdAt: "2024-05-02T09:30:00Z",
      });
    }
  }
  return {
    name: "Benchmark",
    users: [
      { guid: guid(4, 0), name: "Coder A" },
      { guid: guid(4, 1), name: "Coder B" },
    ],
    codes,
    variables: [],
    cases: [],
    sources,
    codings,
    sets: [],
  };
}

export async function run(): Promise<void> {
  const project = buildProject();
  const textCodePoints = project.sources.reduce((sum, source) => sum + createCodePointIndex(source.text).length, 0);
  console.log(`input: ${project.codings.length} codings, ${project.sources.length} sources, ${textCodePoints} code points of text`);

  let started = performance.now();
  const written = writeQdpx(project);
  if (!written.ok) throw new Error(written.error.message);
  // The archive is made while it is read: time the reading of every chunk.
  const chunks = [...written.value];
  const exportMs = performance.now() - started;
  const qdpx = new Uint8Array(Buffer.concat(chunks));
  console.log(`writeQdpx: ${exportMs.toFixed(0)} ms, ${(qdpx.length / 1024 / 1024).toFixed(1)} MB .qdpx in ${chunks.length} chunks (target < 3000 ms)`);

  started = performance.now();
  const read = parseQdpx(qdpx);
  const importMs = performance.now() - started;
  if (!read.ok) throw new Error(read.error.message);
  console.log(`parseQdpx: ${importMs.toFixed(0)} ms, ${read.value.codings.length} codings back, ${read.value.warnings.length} warnings`);
}
