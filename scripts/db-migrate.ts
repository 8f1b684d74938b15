// Applies pending migrations to the database at DATABASE_URL (default ./data/testimony.db); never seeds.
import { getDatabasePath, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";

runMigrations(openDatabase());
console.log(`Database ${getDatabasePath()} is migrated.`);
