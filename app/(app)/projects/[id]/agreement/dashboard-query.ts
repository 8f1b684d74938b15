import { z } from "zod";
import { agreementQuery } from "@/app/api/projects/[id]/agreement/schema";

/** The agreement route's query with the unit chosen for the supervisor when the page opens. */
export const dashboardQuery = agreementQuery.omit({ bootstrap: true }).extend({ unit: agreementQuery.shape.unit.default("sentence") });

export type DashboardQuery = z.infer<typeof dashboardQuery>;

/**
 * The page's search parameters as the form sent them: a field ticked several times (codes, coders) joined by commas
 * as the route expects, and fields left empty ("Any") dropped.
 */
export function formValuesOf(searchParams: Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(searchParams)) {
    const joined = Array.isArray(value) ? value.filter((item) => item !== "").join(",") : value;
    if (joined) values[key] = joined;
  }
  return values;
}
