import { z } from "zod";
import { agreementQuery } from "@/app/api/projects/[id]/agreement/schema";

const minimum = (name: string) => z.coerce.number().min(0, `${name} is between 0 and 1.`).max(1, `${name} is between 0 and 1.`).optional();

/**
 * The agreement route's query with the unit chosen for the supervisor when the page opens, the minimums the bands
 * are judged by, and the order of the alpha table.
 */
export const dashboardQuery = agreementQuery
  .omit({ bootstrap: true })
  .extend({
    unit: agreementQuery.shape.unit.default("sentence"),
    reliable_min: minimum("The minimum alpha to rely on"),
    tentative_min: minimum("The minimum alpha for tentative conclusions"),
    sort: z.enum(["codebook", "alpha", "lower", "units"], "The table sorts by codebook, alpha, lower or units.").default("codebook"),
  })
  .refine((query) => (query.tentative_min ?? 0.667) <= (query.reliable_min ?? 0.8), {
    message: "The minimum for tentative conclusions cannot be above the minimum to rely on.",
    path: ["tentative_min"],
  });

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
