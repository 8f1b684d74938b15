import Link from "next/link";
import { coOccurrence } from "@/lib/analysis/co-occurrence";
import { percentOrNull } from "@/lib/analysis/format-share";
import type { TimelineUnit } from "@/lib/analysis/monthly-timeline";
import { NARRATIVE_DIMENSION_LABELS, NARRATIVE_DIMENSIONS, narrativeCrosstab, type NarrativeDimension } from "@/lib/analysis/narrative-crosstab";
import { narrativeFigures } from "@/lib/analysis/narrative-figures";
import { coOccurrenceTable, narrativeCrosstabTable, narrativeTable } from "@/lib/analysis/narrative-tables";
import type { CorpusSelection } from "@/lib/analysis/select-corpus";
import { BarFigure } from "./bar-figure";
import { DataTable } from "./data-table";

export type NarrativeSettings = { unit: TimelineUnit; by: NarrativeDimension };

/**
 * Which narratives: each code's speakers, statements and passages with their shares, the codes crossed with a speaker
 * fact or the year, and which codes occur together in statements.
 */
export function NarrativeFiguresView({ selection, notes, settings, keep, quotesHref }: {
  selection: CorpusSelection;
  notes: readonly string[];
  settings: NarrativeSettings;
  keep: Record<string, string>;
  quotesHref: (codeId: number) => string;
}) {
  const figures = narrativeFigures(selection);
  const codes = selection.corpus.codes;
  const pairs = coOccurrence(selection);
  return (
    <>
      <section aria-label="Codes">
        <h2>Codes</h2>
        <BarFigure
          title="Share of speakers and of statements using each code"
          percent
          data={figures.rows.map((row) => ({
            label: row.code.name,
            speakers: percentOrNull(row.speakers, figures.bases.speakers),
            statements: percentOrNull(row.statements, figures.bases.statements),
          }))}
          series={[
            { key: "speakers", name: `% of ${figures.bases.speakers} speakers`, color: "#0b57d0" },
            { key: "statements", name: `% of ${figures.bases.statements} statements`, color: "#2e7d32" },
          ]}
        />
        <DataTable table={narrativeTable(figures)} notes={notes} />
        <ul aria-label="Passages per code">
          {figures.rows.map((row) => (
            <li key={row.code.id}>
              <Link href={quotesHref(row.code.id)}>
                {row.passages} passages of “{row.code.name}” in the quote bank
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Codes by category">
        <h2>Codes by region, gender or period</h2>
        <form method="get" className="inline panel" aria-label="Crosstab of codes">
          {Object.entries(keep).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label>
            Count
            <select name="unit" defaultValue={settings.unit}>
              <option value="speakers">Speakers</option>
              <option value="statements">Statements</option>
            </select>
          </label>
          <label>
            By
            <select name="by" defaultValue={settings.by}>
              {NARRATIVE_DIMENSIONS.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {NARRATIVE_DIMENSION_LABELS[dimension]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Show crosstab</button>
        </form>
        <DataTable table={narrativeCrosstabTable(narrativeCrosstab(selection, settings.unit, settings.by), codes)} notes={notes} />
      </section>
      <section aria-label="Co-occurrence">
        <h2>Codes occurring together</h2>
        <BarFigure
          title="Statements coded with both codes of a pair"
          data={codes.flatMap((code, i) => codes.slice(i + 1).map((other, offset) => ({ label: `${code.label} + ${other.label}`, statements: pairs.matrix[i]![i + 1 + offset]! })))}
          series={[{ key: "statements", name: "Statements", color: "#6a1b9a" }]}
        />
        <DataTable table={coOccurrenceTable(pairs, codes)} notes={notes} />
      </section>
    </>
  );
}
