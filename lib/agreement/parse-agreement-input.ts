import { z } from "zod";
import { resolveCategoryCount } from "./resolve-category-count";
import type { CodingData } from "./coding-data";
import { MEASUREMENT_LEVELS, type MeasurementLevel } from "./difference-metric";
import { encodeCodingMatrix, encodeNumericRows } from "./encode-coding-matrix";
import { fail, ok, type Result } from "./result";
import { decodeUtf8, scanNumericMatrix } from "./scan-numeric-matrix";
import { type UnitizedData, validateUnitizedData } from "./unitized-data";

/** What the `agreement` script accepts, checked and encoded: coding data (a matrix) or unitized data (spans). */
export type AgreementInput =
  | {
      kind: "coding";
      data: CodingData;
      level: MeasurementLevel;
      /** q for Bennett's S and Gwet's AC1. */
      categories: number;
      bootstrap: { samples: number; seed: number };
    }
  | { kind: "unitized"; data: UnitizedData };

const wholeNumber = () => z.number({ error: "must be a number" }).int({ error: "must be a whole number" });
const codingValue = z.union([z.number(), z.string()], { error: "must be a number or a string" });

const codingInputSchema = z.strictObject({
  matrix: z.array(
    z.array(z.union([z.number(), z.string(), z.null()], { error: "must be a number, a string or null" })),
  ),
  level: z.enum(MEASUREMENT_LEVELS, { error: `must be one of ${MEASUREMENT_LEVELS.join(", ")}` }).default("nominal"),
  values: z.array(codingValue).optional(),
  categories: wholeNumber().min(1, { error: "must be at least 1" }).optional(),
  bootstrap_samples: wholeNumber()
    .min(0, { error: "must be at least 0" })
    .max(100_000, { error: "must be at most 100000" })
    .default(1000),
  seed: wholeNumber().default(1),
});

const unitizedInputSchema = z.strictObject({
  continuum: z.strictObject({ begin: wholeNumber(), length: wholeNumber().min(0, { error: "must be at least 0" }) }),
  coders: z.array(z.string({ error: "must be a string" })).optional(),
  units: z.array(
    z.strictObject({
      coder: z.string({ error: "must be a string" }),
      category: z.string({ error: "must be a string" }),
      start: wholeNumber(),
      length: wholeNumber().min(1, { error: "must be at least 1" }),
    }),
  ),
});

/**
 * Parses the JSON text the `agreement` script reads, as a string or as the file's UTF-8 bytes (read faster). Coding
 * data: `{"matrix": [[...]], "level", "values", "categories", "bootstrap_samples", "seed"}`, rows = coders, columns =
 * units, null = missing. Unitized data:
 * `{"continuum": {"begin", "length"}, "coders", "units": [{"coder", "category", "start", "length"}]}`; without
 * "coders" the coders are those who marked a unit, in order of appearance.
 *
 * Fails with one line saying what is wrong and where, e.g. "matrix row 2 has 3 values, row 1 has 4".
 */
export function parseAgreementInput(input: string | Uint8Array): Result<AgreementInput> {
  const fast = parseNumericCodingInput(typeof input === "string" ? new TextEncoder().encode(input) : input);
  if (fast) return fast;
  let json: unknown;
  try {
    json = JSON.parse(typeof input === "string" ? input : decodeUtf8(input));
  } catch (error) {
    // The parser's message may quote the input, newlines included; the report must stay on one line.
    return fail(`input is not valid JSON: ${(error as Error).message.replace(/\s+/g, " ")}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail("input must be a JSON object");
  if ("matrix" in json) return parseCodingInput(json);
  if ("continuum" in json) return parseUnitizedInput(json);
  return fail(`input needs "matrix" (coding data) or "continuum" (unitized data)`);
}

function parseCodingInput(json: object): Result<AgreementInput> {
  // A matrix of millions of cells is checked by one loop rather than by the schema, several times faster; the schema
  // reads the other fields, and a matrix the loop refuses goes through the schema too, for its message.
  const candidate = (json as { matrix?: unknown }).matrix;
  const checked = isCodingMatrix(candidate) ? candidate : null;
  const parsed = codingInputSchema.safeParse(checked ? { ...json, matrix: [] } : json);
  if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]!));
  const { level, values, categories, bootstrap_samples, seed } = parsed.data;
  const matrix = checked ?? parsed.data.matrix;
  return encoded(encodeCodingMatrix(matrix, { values }), { level, categories, bootstrap_samples, seed });
}

/** The coding input from its encoded matrix and settings, with q resolved. */
function encoded(
  data: Result<CodingData>,
  { level, categories, bootstrap_samples, seed }: { level: MeasurementLevel; categories?: number; bootstrap_samples: number; seed: number },
): Result<AgreementInput> {
  if (!data.ok) return data;
  const q = resolveCategoryCount(data.value, categories);
  if (!q.ok) return q;
  return ok({
    kind: "coding",
    data: data.value,
    level,
    categories: q.value,
    bootstrap: { samples: bootstrap_samples, seed },
  });
}

/**
 * Coding data whose matrix holds only numbers and nulls, the common large input, read without JSON.parse building
 * the matrix (scan-numeric-matrix.ts). Null when the input is of any other shape; the general path then reads it.
 */
function parseNumericCodingInput(bytes: Uint8Array): Result<AgreementInput> | null {
  const scanned = scanNumericMatrix(bytes);
  if (!scanned) return null;
  let json: unknown;
  try {
    json = JSON.parse(scanned.rest);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const parsed = codingInputSchema.safeParse(json);
  if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]!));
  const { level, values, categories, bootstrap_samples, seed } = parsed.data;
  return encoded(encodeNumericRows(scanned.rows, { values }, scanned.wholeNumbers), { level, categories, bootstrap_samples, seed });
}

/** Whether `value` is an array of arrays of numbers, strings and nulls, as the schema's matrix requires. */
function isCodingMatrix(value: unknown): value is (number | string | null)[][] {
  if (!Array.isArray(value)) return false;
  for (const row of value) {
    if (!Array.isArray(row)) return false;
    for (const cell of row) {
      if (cell !== null && typeof cell !== "number" && typeof cell !== "string") return false;
    }
  }
  return true;
}

function parseUnitizedInput(json: object): Result<AgreementInput> {
  const parsed = unitizedInputSchema.safeParse(json);
  if (!parsed.success) return fail(describeIssue(parsed.error.issues[0]!));
  const { continuum, coders, units } = parsed.data;
  const data = validateUnitizedData({
    continuum,
    coders: coders ?? [...new Set(units.map((unit) => unit.coder))],
    spans: units,
  });
  if (!data.ok) return data;
  return ok({ kind: "unitized", data: data.value });
}

/** "matrix row 2, column 3: must be a number, a string or null", "unit 4 length: must be at least 1". */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [key, ...rest] = issue.path;
  let where: string;
  if (key === undefined) where = "input";
  else if (key === "matrix" && rest.length > 0) {
    where = `matrix row ${Number(rest[0]) + 1}` + (rest.length > 1 ? `, column ${Number(rest[1]) + 1}` : "");
  } else if (key === "units" && rest.length > 0) {
    where = [`unit ${Number(rest[0]) + 1}`, ...rest.slice(1).map(String)].join(" ");
  } else {
    where = [key, ...rest].map((part) => (typeof part === "number" ? `item ${part + 1}` : String(part))).join(" ");
  }
  return `${where}: ${issue.message}`;
}
