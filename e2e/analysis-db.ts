import path from "node:path";
import { openDatabase } from "@/db/client";
import { getAnnotationsByDocumentAndCoder } from "@/db/queries/annotations";
import { getCodesByProject } from "@/db/queries/codes";
import { insertAssignments, insertDocument } from "@/db/queries/documents";
import { insertProjectWithDefaultCodebook, upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { annotations, consensusAnnotations, speakers } from "@/db/schema";
import { contentHash } from "@/lib/import/content-hash";
import { codePointLength, sliceByCodePoints } from "@/lib/offsets/code-points";

/**
 * A corpus whose figures are counted by hand in e2e/analysis*.spec.ts, planted in a fresh project: the demo
 * "supervisor" supervises it and "coder1" codes it (every statement assigned). The consensus layer holds the planted
 * codes; coder1's own layer holds one different annotation. "Nobody" knows no country, region or gender.
 *
 * | speaker  | country   | region                            | gender | defected   | statements (date: consensus codes)      |
 * | Amir     | Syria     | Syria                             | male   | 2015-01-12 | S1 2015-02-10: F F C; S2 2015-06-01: H   |
 * | Basma    | Syria     | Syria                             | female | 2015-03-05 | S3 2015-04-15: H                         |
 * | Karim    | Syria     | Syria                             | male   | 2015-07-20 | S4 2015-08-20: F B                       |
 * | Omar     | Iraq      | Other Middle East                 | male   | 2015-05-02 | S5 2015-06-30 (Arabic): B C              |
 * | =Luc     | Belgium   | Western Europe and Australia      | male   | 2015-10-10 | S6 2015-11-02: F                         |
 * | Nobody   | —         | —                                 | —      | 2015-11-25 | S7 2015-12-05: H                         |
 * | Deniz    | Turkey    | Turkey                            | male   | 2015-12-01 | S8 2015-12-20: none                      |
 * | Hasan    | Indonesia | Central, South and Southeast Asia | male   | 2014-12-20 | S9 2015-01-15: C H                       |
 *
 * F Fighting fellow Sunnis, B Brutality against Sunnis, C Corrupt and un-Islamic, H Harsh and disappointing life.
 */
export const PLANTED_SPEAKERS = [
  { alias: "Amir", country: "Syria", region: "Syria", gender: "male", defectionDate: "2015-01-12" },
  { alias: "Basma", country: "Syria", region: "Syria", gender: "female", defectionDate: "2015-03-05" },
  { alias: "Karim", country: "Syria", region: "Syria", gender: "male", defectionDate: "2015-07-20" },
  { alias: "Omar", country: "Iraq", region: "Other Middle East", gender: "male", defectionDate: "2015-05-02" },
  // Starts with "=": a spreadsheet would run it as a formula, so downloads must neutralise it.
  { alias: "=Luc", country: "Belgium", region: "Western Europe and Australia", gender: "male", defectionDate: "2015-10-10" },
  { alias: "Nobody", country: null, region: null, gender: null, defectionDate: "2015-11-25" },
  { alias: "Deniz", country: "Turkey", region: "Turkey", gender: "male", defectionDate: "2015-12-01" },
  { alias: "Hasan", country: "Indonesia", region: "Central, South and Southeast Asia", gender: "male", defectionDate: "2014-12-20" },
] as const;

type CodeKey = "F" | "B" | "C" | "H";
const CODE_NAMES: Record<CodeKey, string> = {
  F: "Fighting fellow Sunnis",
  B: "Brutality against Sunnis",
  C: "Corrupt and un-Islamic",
  H: "Harsh and disappointing life",
};

/** Each statement with its passages: the exact phrase coded and its code. */
export const PLANTED_STATEMENTS = [
  {
    key: "S1",
    speaker: "Amir",
    date: "2015-02-10",
    text: "I joined to fight the regime. After some months they told us the brigades in the next valley were apostates. Those were Sunni men like us. The emirs kept the money for themselves.",
    passages: [
      ["F", "they told us the brigades in the next valley were apostates"],
      ["F", "Those were Sunni men like us"],
      ["C", "The emirs kept the money for themselves"],
    ],
  },
  { key: "S2", speaker: "Amir", date: "2015-06-01", text: "There was no water in the camp and the children were sick all summer.", passages: [["H", "no water in the camp"]] },
  { key: "S3", speaker: "Basma", date: "2015-04-15", text: "We were promised a home. The house had no windows and my son fell ill with no doctor near.", passages: [["H", "The house had no windows"]] },
  {
    key: "S4",
    speaker: "Karim",
    date: "2015-08-20",
    text: "We attacked the apostates of the other brigade instead of the regime. In the villages they whipped farmers for smoking.",
    passages: [
      ["F", "We attacked the apostates of the other brigade instead of the regime"],
      ["B", "they whipped farmers for smoking"],
    ],
  },
  {
    key: "S5",
    speaker: "Omar",
    date: "2015-06-30",
    text: "جئنا لنقاتل النظام، لكنهم عذبوا الناس في القرى. كان الأمراء يعيشون في بيوت كبيرة.",
    passages: [
      ["B", "عذبوا الناس في القرى"],
      ["C", "كان الأمراء يعيشون في بيوت كبيرة"],
    ],
  },
  { key: "S6", speaker: "=Luc", date: "2015-11-02", text: "They called every other brigade apostates and sent us against them.", passages: [["F", "They called every other brigade apostates"]] },
  { key: "S7", speaker: "Nobody", date: "2015-12-05", text: "Life was hard and boring, and the pay never came.", passages: [["H", "the pay never came"]] },
  { key: "S8", speaker: "Deniz", date: "2015-12-20", text: "I left in December and crossed the border at night.", passages: [] },
  {
    key: "S9",
    speaker: "Hasan",
    date: "2015-01-15",
    text: "The commanders took the best houses. We had no electricity most days.",
    passages: [
      ["C", "The commanders took the best houses"],
      ["H", "We had no electricity most days"],
    ],
  },
] as const;

export type StatementKey = (typeof PLANTED_STATEMENTS)[number]["key"];

export type PlantedAnalysis = {
  projectId: number;
  name: string;
  documentIds: Record<StatementKey, number>;
  codeIds: Record<CodeKey, number>;
};

function db() {
  return openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
}

/** Plants the corpus above in a new project named `name`, through the app's queries, in one IMMEDIATE transaction. */
export function plantAnalysisCorpus(name: string): PlantedAnalysis {
  return db().transaction(
    (tx) => {
      const project = insertProjectWithDefaultCodebook(tx, { name, description: "Planted by an analysis test", actorId: null });
      const supervisorId = getUserByLogin(tx, { login: "supervisor" })!.id;
      const coderId = getUserByLogin(tx, { login: "coder1" })!.id;
      upsertMember(tx, { projectId: project.id, userId: supervisorId, role: "supervisor", actorId: null });
      upsertMember(tx, { projectId: project.id, userId: coderId, role: "coder", actorId: null });
      const codes = getCodesByProject(tx, { projectId: project.id });
      const codeIds = Object.fromEntries(Object.entries(CODE_NAMES).map(([key, codeName]) => [key, codes.find((code) => code.name === codeName)!.id])) as Record<CodeKey, number>;
      const speakerIds = new Map(
        PLANTED_SPEAKERS.map((speaker) => [speaker.alias, tx.insert(speakers).values({ ...speaker, projectId: project.id }).returning().get().id]),
      );
      const documentIds = {} as Record<StatementKey, number>;
      for (const statement of PLANTED_STATEMENTS) {
        const document = insertDocument(tx, {
          actorId: null,
          values: {
            projectId: project.id,
            speakerId: speakerIds.get(statement.speaker)!,
            title: `${statement.key} by ${statement.speaker}`,
            text: statement.text,
            contentHash: contentHash(statement.text),
            length: codePointLength(statement.text),
            language: statement.key === "S5" ? "ar" : "en",
            direction: statement.key === "S5" ? "rtl" : "ltr",
            statementDate: statement.date,
            sourceName: `Planted source ${statement.key}`,
          },
        });
        documentIds[statement.key] = document.id;
        for (const [code, phrase] of statement.passages) {
          tx.insert(consensusAnnotations).values({ documentId: document.id, codeId: codeIds[code], ...spanOf(statement.text, phrase), createdById: supervisorId }).run();
        }
      }
      insertAssignments(tx, { projectId: project.id, documentIds: Object.values(documentIds), coderIds: [coderId], actorId: null });
      // coder1's own layer differs from the consensus: "Fighting fellow Sunnis" on Basma's statement.
      const s3 = PLANTED_STATEMENTS[2].text;
      tx.insert(annotations).values({ documentId: documentIds.S3, coderId, codeId: codeIds.F, ...spanOf(s3, "We were promised a home") }).run();
      return { projectId: project.id, name, documentIds, codeIds };
    },
    { behavior: "immediate" },
  );
}

/** The code point span and quote of the first occurrence of `phrase` in `text`. */
export function spanOf(text: string, phrase: string): { start: number; end: number; quote: string } {
  const utf16Index = text.indexOf(phrase);
  if (utf16Index < 0) throw new Error(`"${phrase}" is not in the planted text`);
  const start = codePointLength(text.slice(0, utf16Index));
  const end = start + codePointLength(phrase);
  return { start, end, quote: sliceByCodePoints(text, start, end) };
}

/** coder1's annotations of a planted statement, to check what accepting a suggestion wrote. */
export function getCoderAnnotations(documentId: number, login = "coder1") {
  const database = db();
  return getAnnotationsByDocumentAndCoder(database, { documentId, coderId: getUserByLogin(database, { login })!.id });
}

/** A new project with the four-narrative codebook and no statements, supervised by the demo "supervisor". */
export function plantEmptyProject(name: string): number {
  return db().transaction(
    (tx) => {
      const project = insertProjectWithDefaultCodebook(tx, { name, description: "Planted by an analysis test", actorId: null });
      upsertMember(tx, { projectId: project.id, userId: getUserByLogin(tx, { login: "supervisor" })!.id, role: "supervisor", actorId: null });
      return project.id;
    },
    { behavior: "immediate" },
  );
}
