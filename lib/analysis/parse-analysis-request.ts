import { dateSpan } from "./partial-date";
import { fail, ok, type Result } from "./result";
import { type AnalysisFilters, type AnalysisSource, FACT_FILTERS } from "./types";

/** The analysis parameters as typed in a form, a query string or on the command line; blank means not given. */
export type RawAnalysisRequest = Partial<Record<"source" | "from" | "to" | (typeof FACT_FILTERS)[number], string | undefined>>;

export type AnalysisRequest = { source: AnalysisSource | null; filters: AnalysisFilters };

/**
 * Reads the source ("consensus", "any" or "coder:LOGIN"; null when not given, for the project's default) and the
 * filters. `from` and `to` may be partial dates: `from` stands for its first day and `to` for its last, so
 * from 2015-01 to 2015-08 is 1 January to 31 August 2015. `namePrefix` is put before a parameter's name in messages
 * ("--" on the command line).
 */
export function parseAnalysisRequest(raw: RawAnalysisRequest, namePrefix = ""): Result<AnalysisRequest> {
  const given = (value: string | undefined) => (value === undefined || value.trim() === "" ? null : value.trim());

  const source = parseSource(given(raw.source));
  if (!source.ok) return fail(`${namePrefix}source: ${source.error}`);

  const bounds: { from: string | null; to: string | null } = { from: null, to: null };
  for (const end of ["from", "to"] as const) {
    const value = given(raw[end]);
    if (value === null) continue;
    const span = dateSpan(value);
    if (!span) return fail(`${namePrefix}${end}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
    bounds[end] = end === "from" ? span.first : span.last;
  }
  if (bounds.from !== null && bounds.to !== null && bounds.from > bounds.to) {
    return fail(`${namePrefix}from (${bounds.from}) is after ${namePrefix}to (${bounds.to})`);
  }

  const facts = Object.fromEntries(FACT_FILTERS.map((fact) => [fact, given(raw[fact])])) as Record<(typeof FACT_FILTERS)[number], string | null>;
  return ok({ source: source.value, filters: { ...bounds, ...facts } });
}

function parseSource(value: string | null): Result<AnalysisSource | null> {
  if (value === null) return ok(null);
  if (value === "consensus" || value === "any") return ok({ kind: value });
  const coder = /^coder:(.+)$/.exec(value);
  if (coder) return ok({ kind: "coder", login: coder[1]!.trim() });
  return fail(`expected consensus, any or coder:LOGIN, not "${value}"`);
}

/** The source as written in requests and reports. */
export function formatSource(source: AnalysisSource): string {
  return source.kind === "coder" ? `coder:${source.login}` : source.kind;
}
