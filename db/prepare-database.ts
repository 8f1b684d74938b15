import { openDatabase, type Db } from "./client";
import { runMigrations } from "./migrate";
import { seedDemo } from "./seed/seed-demo";

/** Opens the database, applies pending migrations and, unless SEED_DEMO=0, seeds an empty database with the demo. */
export async function prepareDatabase(): Promise<{ db: Db; seeded: boolean }> {
  const db = openDatabase();
  runMigrations(db);
  if (process.env.SEED_DEMO === "0") return { db, seeded: false };
  return { db, seeded: (await seedDemo(db)) === "seeded" };
}
