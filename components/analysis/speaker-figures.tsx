import { crosstabTable } from "@/lib/analysis/crosstab-table";
import { distributionTable } from "@/lib/analysis/distribution-table";
import type { CorpusSelection } from "@/lib/analysis/select-corpus";
import { speakerCrosstab } from "@/lib/analysis/speaker-crosstab";
import { DIMENSION_LABELS, SPEAKER_DIMENSIONS, type SpeakerDimension } from "@/lib/analysis/speaker-dimension";
import { speakerDistribution } from "@/lib/analysis/speaker-distribution";
import { BarFigure } from "./bar-figure";
import { DataTable } from "./data-table";

const CHARTED: readonly SpeakerDimension[] = ["region", "gender", "defection_year"];

/**
 * Who the speakers are: counts and shares by each fact (speakers once, their statements beside), and a crosstab of
 * two facts chosen in the form.
 */
export function SpeakerFigures({ selection, notes, crosstab, keep }: {
  selection: CorpusSelection;
  notes: readonly string[];
  crosstab: { rows: SpeakerDimension; columns: SpeakerDimension };
  keep: Record<string, string>;
}) {
  return (
    <>
      {SPEAKER_DIMENSIONS.map((dimension) => {
        const rows = speakerDistribution(selection, dimension);
        return (
          <section key={dimension} aria-label={`By ${DIMENSION_LABELS[dimension].toLowerCase()}`}>
            <h2>By {DIMENSION_LABELS[dimension].toLowerCase()}</h2>
            {CHARTED.includes(dimension) && (
              <BarFigure
                title={`Speakers by ${DIMENSION_LABELS[dimension].toLowerCase()}`}
                data={rows.map((row) => ({ label: row.category, speakers: row.speakers }))}
                series={[{ key: "speakers", name: "Speakers", color: "#0b57d0" }]}
              />
            )}
            <DataTable table={distributionTable(rows, dimension)} notes={notes} />
          </section>
        );
      })}
      <section aria-label="Crosstab">
        <h2>Crosstab of two facts</h2>
        <form method="get" className="inline panel" aria-label="Crosstab">
          {Object.entries(keep).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {(["rows", "columns"] as const).map((axis) => (
            <label key={axis}>
              {axis === "rows" ? "Rows" : "Columns"}
              <select name={axis} defaultValue={crosstab[axis]}>
                {SPEAKER_DIMENSIONS.map((dimension) => (
                  <option key={dimension} value={dimension}>
                    {DIMENSION_LABELS[dimension]}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit">Show crosstab</button>
        </form>
        <DataTable table={crosstabTable(speakerCrosstab(selection, crosstab.rows, crosstab.columns), crosstab.rows, crosstab.columns)} notes={notes} />
      </section>
    </>
  );
}
