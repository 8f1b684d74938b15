import path from "node:path";
import { like, sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { documents } from "@/db/schema";

/**
 * Documents whose title starts with `prefix`, counted in the table itself: hidden (unpublished) rows count too, so
 * a count of 0 means nothing of an import was written at all, not merely that nothing is shown.
 */
export function countStoredDocumentsTitled(prefix: string): number {
  const db = openDatabase(path.join(process.env.E2E_DATA_DIR!, "testimony.db"));
  return db.select({ count: sql<number>`count(*)` }).from(documents).where(like(documents.title, `${prefix}%`)).get()!.count;
}
