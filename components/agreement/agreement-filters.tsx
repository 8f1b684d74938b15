import Link from "next/link";
import { CodeTreeFilter } from "./code-tree-filter";
import type { DashboardCode, DashboardFilterOptions, DashboardFormValues } from "./dashboard-types";

const UNITS = [
  ["sentence", "Sentence"],
  ["paragraph", "Paragraph"],
  ["document", "Document"],
  ["character", "Character (unitizing alpha)"],
] as const;

/**
 * The dashboard's filters as a plain GET form: the figures are computed on the server for the URL's query, so a
 * filtered report can be bookmarked, reloaded and printed, and the form works without script.
 */
export function AgreementFilters({ projectId, codes, options, values }: { projectId: number; codes: readonly DashboardCode[]; options: DashboardFilterOptions; values: DashboardFormValues }) {
  const checked = (name: string, value: string) => (values[name] ?? "").split(",").includes(value);
  const select = (name: string, label: string, choices: readonly (readonly [string, string])[]) => (
    <label>
      {label}
      <select name={name} defaultValue={values[name] ?? ""}>
        <option value="">Any</option>
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={`/projects/${projectId}/agreement`} className="panel agreement-filters no-print" aria-label="Filters">
      <label>
        Unit
        <select name="unit" defaultValue={values.unit ?? "sentence"}>
          {UNITS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label>
        Coverage a span needs (sentence, paragraph)
        <input type="number" name="min_coverage" min="0.05" max="1" step="0.05" defaultValue={values.min_coverage ?? "0.5"} />
      </label>
      <CodeTreeFilter codes={codes} selected={(values.codes ?? "").split(",")} />
      <fieldset>
        <legend>Coders (none ticked: all)</legend>
        {options.coders.map((coder) => (
          <label key={coder.login} className="check">
            <input type="checkbox" name="coders" value={coder.login} defaultChecked={checked("coders", coder.login)} />
            {coder.displayName} ({coder.login})
          </label>
        ))}
      </fieldset>
      {select("region", "Speaker's region", options.regions.map((value) => [value, value]))}
      {select("country", "Speaker's country", options.countries.map((value) => [value, value]))}
      {select("gender", "Speaker's gender", options.genders.map((value) => [value, value]))}
      {select("batch", "Import batch", options.batches.map((batch) => [String(batch.id), batch.label]))}
      {select("round", "Coding round", options.rounds.map((round) => [String(round), `Round ${round}`]))}
      <label>
        Coded (submitted) from
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        until (before)
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      <label>
        Minimum alpha to rely on
        <input type="number" name="reliable_min" min="0" max="1" step="0.001" defaultValue={values.reliable_min ?? "0.800"} />
      </label>
      <label>
        Minimum alpha for tentative conclusions
        <input type="number" name="tentative_min" min="0" max="1" step="0.001" defaultValue={values.tentative_min ?? "0.667"} />
      </label>
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      <label className="check">
        <input type="checkbox" name="include_in_progress" value="1" defaultChecked={values.include_in_progress === "1"} />
        Count documents still in progress
      </label>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href={`/projects/${projectId}/agreement`}>Clear filters</Link>
      </div>
    </form>
  );
}
