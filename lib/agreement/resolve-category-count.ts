import type { CodingData } from "./coding-data";
import { fail, ok, type Result } from "./result";

/**
 * The number of categories q that Bennett's S and Gwet's AC1 assume a coder could choose from. Defaults to the size
 * of the value domain: the `values` list when one was given, else the number of distinct values used. Fails when a
 * given q is not a whole number or is smaller than the number of distinct values the domain already holds.
 */
export function resolveCategoryCount(data: CodingData, categories: number | undefined): Result<number> {
  if (categories === undefined) return ok(data.domain.length);
  if (!Number.isInteger(categories) || categories < 1) {
    return fail(`categories must be a whole number of at least 1, not ${categories}`);
  }
  if (categories < data.domain.length) {
    return fail(`categories is ${categories}, but the data have ${data.domain.length} distinct values`);
  }
  return ok(categories);
}
