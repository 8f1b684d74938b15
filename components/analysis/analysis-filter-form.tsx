import Link from "next/link";
import type { AnalysisFrameProps } from "./analysis-frame";

const FACTS = [
  ["region", "Speaker's region"],
  ["country", "Speaker's country"],
  ["gender", "Speaker's gender"],
] as const;

/**
 * The filters as a plain GET form: every figure is computed on the server for the URL, so a filtered page can be
 * bookmarked, reloaded and shared, and the form works without script.
 */
export function AnalysisFilterForm({ frame }: { frame: AnalysisFrameProps }) {
  const path = `/projects/${frame.project.id}/analysis/${frame.tab}`;
  return (
    <form method="get" action={path} className="panel analysis-filters" aria-label="Filters">
      {Object.entries(frame.keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label>
        Codes from
        <select name="source" defaultValue={frame.values.source}>
          {frame.sourceOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        From (defection or statement date)
        <input type="text" name="from" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" defaultValue={frame.values.from} size={14} />
      </label>
      <label>
        To
        <input type="text" name="to" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" defaultValue={frame.values.to} size={14} />
      </label>
      {FACTS.map(([fact, label]) => (
        <label key={fact}>
          {label}
          <select name={fact} defaultValue={frame.values[fact]}>
            <option value="">Any</option>
            {frame.factOptions[fact].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href={path}>Clear filters</Link>
      </div>
    </form>
  );
}
