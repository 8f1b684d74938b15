import path from "node:path";
import { openDatabase } from "@/db/client";
import { upsertMember } from "@/db/queries/projects";
import { getUserByLogin } from "@/db/queries/users";
import { plantCorpus } from "@/lib/suggest/planted-corpus.test-support";
import { plantCodedProject, type PlantedProject } from "@/services/suggest/plant-coded-project.test-support";

/** Two statements no one has coded yet, each with a sentence in the wording of a planted code. */
export const UNCODED_STATEMENTS = ["My brother stayed home. They executed people in the square.", "It rained all week. The emirs kept the money for themselves."];

/**
 * A project in the e2e database whose 30 statements the demo "coder1" submitted, coded with planted phrases
 * (lib/suggest/planted-corpus.test-support.ts), plus the two uncoded statements above assigned to coder1; the demo
 * "supervisor" supervises it.
 */
export function plantSuggestionProject(name: string): PlantedProject {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  try {
    const planted = plantCodedProject(db, { name, coded: plantCorpus({ documents: 30 }), coders: ["coder1"], uncoded: UNCODED_STATEMENTS });
    db.transaction((tx) => upsertMember(tx, { projectId: planted.projectId, userId: getUserByLogin(tx, { login: "supervisor" })!.id, role: "supervisor", actorId: null }));
    return planted;
  } finally {
    db.$client.close();
  }
}
