import type { RefiCode, RefiCoding, RefiProject, RefiSource } from "@/lib/refi-qda/types";
import { createCodePointIndex } from "@/lib/offsets/code-points";
import { generateStatement } from "../generate-long-statement";
import { planCodings } from "../plan-codings";

// Codes per level, root first: 750 codes in 6 levels, as a merged codebook of themes, sub-themes and details.
const LEVEL_SIZES = [5, 20, 60, 140, 245, 280];
// Detail codes reuse these names under different parents ("Other", "Quote"), as merged codebooks do.
const REPEATED_NAMES = ["Other", "Quote", "Example", "Unclear"];
const STATEMENTS = 200;
const STATEMENT_LENGTH = 3_000;
const CODERS = 3;
// A statement touches a handful of codes; each coder marks about 27 passages of it: ≈ 16,000 codings in all.
const CODES_PER_STATEMENT = 10;
const REFERENCE_SPANS = 24;
const OWN_SPANS = 4;

export type ScaleStudy = { project: RefiProject; codes: number; levels: number; repeatedNames: number; codePoints: number };

/** A GUID from a counter: deterministic, and valid for the schema. */
const guid = (kind: number, n: number) => `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/**
 * The study of issue 12 as a REFI-QDA project: 750 codes in a tree of 6 levels (some names repeated under different
 * parents), 200 statements of about 3,000 code points, and 3 coders who each coded every statement, about 16,000
 * codings, planned as plan-codings.ts describes over a few codes per statement.
 */
export function generateScaleStudy(random: () => number): ScaleStudy {
  const all: RefiCode[] = [];
  let repeatedNames = 0;
  let parents: RefiCode[] = [];
  for (const [depth, size] of LEVEL_SIZES.entries()) {
    const level: RefiCode[] = [];
    for (let index = 0; index < size; index++) {
      const parent = parents.length > 0 ? parents[Math.floor((index * parents.length) / size)]! : null;
      const repeated = depth >= 3 && index % 25 === 0;
      if (repeated) repeatedNames++;
      const name = repeated ? REPEATED_NAMES[index % REPEATED_NAMES.length]! : `${parent ? `${parent.name} ` : "Theme "}${index + 1}`;
      const code: RefiCode = { guid: guid(1, all.length), name, color: "#1565c0", description: `Generated code at level ${depth + 1}.`, isCodable: true, children: [] };
      if (parent) parent.children.push(code);
      all.push(code);
      level.push(code);
    }
    parents = level;
  }
  const users = Array.from({ length: CODERS }, (_, i) => ({ guid: guid(2, i), name: `Scale coder ${i + 1}` }));
  const sources: RefiSource[] = [];
  const codings: RefiCoding[] = [];
  let codePoints = 0;
  for (let n = 0; n < STATEMENTS; n++) {
    const text = generateStatement(STATEMENT_LENGTH, random);
    const index = createCodePointIndex(text);
    codePoints += index.length;
    const source: RefiSource = { guid: guid(3, n), name: `Scale statement ${n + 1}`, text, userGuid: users[0]!.guid, createdAt: "2026-01-05T10:00:00Z" };
    sources.push(source);
    const statementCodes = Array.from({ length: CODES_PER_STATEMENT }, () => all[Math.floor(random() * all.length)]!.guid);
    const planned = planCodings(random, { codes: statementCodes, coders: CODERS, length: index.length, referenceSpans: REFERENCE_SPANS, ownSpans: OWN_SPANS });
    planned.forEach((spans, coder) => {
      for (const span of spans) {
        codings.push({
          guid: guid(4, codings.length),
          sourceGuid: source.guid,
          codeGuid: span.codeId,
          start: span.start,
          end: span.end,
          quote: text.slice(index.toUtf16Index(span.start), index.toUtf16Index(span.end)),
          userGuid: users[coder]!.guid,
          createdAt: "2026-01-06T10:00:00Z",
        });
      }
    });
  }
  const roots = all.slice(0, LEVEL_SIZES[0]);
  const project: RefiProject = { name: "Scale study", users, codes: roots, variables: [], cases: [], sources, codings, sets: [] };
  return { project, codes: all.length, levels: LEVEL_SIZES.length, repeatedNames, codePoints };
}
