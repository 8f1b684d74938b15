import Link from "next/link";
import type { ReactNode } from "react";
import { type AlphaMinimums, judgeAlpha } from "@/lib/review/alpha-band";
import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import type { DisagreementCoefficient } from "@/lib/agreement/coefficient";
import { type AlphaChartRow, AlphaChart } from "./alpha-chart";
import { CsvDownload } from "./csv-download";
import { formatCoefficient, formatInterval } from "./format-figures";

type Interval = { lower: number; upper: number } | null;

/** One row of the alpha table, whichever the unit: alpha with its interval, what it rests on, and the other coefficients. */
type AlphaRow = {
  name: string;
  label: string;
  alpha: DisagreementCoefficient & { bootstrap: Interval };
  units: number;
  /** Units (spans at the character unit) that carry the code, which decide whether it can be judged at all. */
  appliedUnits: number;
  percentAgreement: number | null;
  fleissKappa: number | null;
  gwetAc1: number | null;
};

/** What differs between the coded units and the character unit: names of the alpha and of what it rests on, the note, the CSV. */
type AlphaLayout = {
  caption: ReactNode;
  alphaHeading: string;
  unitsHeading: string;
  unitsLabel: string;
  note: ReactNode;
  csvName: string;
  csvHeader: string[];
  csvRow: (row: AlphaRow) => (string | number | null)[];
};

const csvAlpha = (row: AlphaRow) => [row.alpha.value, row.alpha.bootstrap?.lower ?? null, row.alpha.bootstrap?.upper ?? null] as const;
const csvOthers = (row: AlphaRow) => [row.percentAgreement, row.fleissKappa, row.gwetAc1] as const;

function describe(agreement: CorpusAgreement, codeLabel: (codeId: number) => string, band: (row: AlphaRow) => string): { rows: AlphaRow[]; layout: AlphaLayout } {
  if (agreement.unit === "character") {
    const row = (name: string, label: string, figures: (typeof agreement.by_code)[number] | typeof agreement.pooled, spans: number): AlphaRow => ({
      name,
      label,
      alpha: figures.krippendorff_alpha_unitizing,
      units: spans,
      appliedUnits: spans,
      percentAgreement: figures.percent_agreement,
      fleissKappa: figures.fleiss_kappa.value,
      gwetAc1: figures.gwet_ac1.value,
    });
    const rows = [
      ...agreement.by_code.map((code) => row(code.code_name, codeLabel(code.code_id), code, code.spans)),
      row("Pooled", "Pooled", agreement.pooled, agreement.by_code.reduce((sum, code) => sum + code.spans, 0)),
    ];
    return {
      rows,
      layout: {
        caption: <>Krippendorff&apos;s unitizing alpha per code, on a continuum of {agreement.continuum_length} code points</>,
        alphaHeading: "α (unitizing)",
        unitsHeading: "Spans",
        unitsLabel: "spans",
        note: (
          <>
            The interval resamples whole statements (a cluster bootstrap). Agreement, Fleiss&apos; κ and AC1 take every character of the {agreement.documents}{" "}
            statements every coder coded as a unit a coder gives 1 when the code covers it; pooled counts every (character, code) pair.
          </>
        ),
        csvName: "character",
        csvHeader: ["code", "krippendorff_alpha_unitizing", "band", "spans", "continuum_length", "interval_lower", "interval_upper", "percent_agreement", "fleiss_kappa", "gwet_ac1"],
        csvRow: (figures) => {
          const [alpha, lower, upper] = csvAlpha(figures);
          return [figures.name, alpha, band(figures), figures.units, agreement.continuum_length, lower, upper, ...csvOthers(figures)];
        },
      },
    };
  }
  const row = (name: string, label: string, figures: (typeof agreement.by_code)[number] | typeof agreement.pooled): AlphaRow => ({
    name,
    label,
    alpha: figures.krippendorff_alpha,
    units: figures.units,
    appliedUnits: figures.applied_units,
    percentAgreement: figures.percent_agreement,
    fleissKappa: figures.fleiss_kappa.value,
    gwetAc1: figures.gwet_ac1.value,
  });
  return {
    rows: [...agreement.by_code.map((code) => row(code.code_name, codeLabel(code.code_id), code)), row("Pooled", "Pooled", agreement.pooled)],
    layout: {
      caption: <>Krippendorff&apos;s alpha per code</>,
      alphaHeading: "α",
      unitsHeading: "Units",
      unitsLabel: `${agreement.unit}s`,
      note: (
        <>
          Units: {agreement.unit}s{agreement.min_coverage === null ? "" : ` a coder applied a code to when their spans cover at least ${agreement.min_coverage} of it`};
          pooled counts every (unit, code) pair. Agreement is the share of agreeing pairs of values.
        </>
      ),
      csvName: agreement.unit,
      csvHeader: ["code", "krippendorff_alpha", "interval_lower", "interval_upper", "band", "units", "percent_agreement", "fleiss_kappa", "gwet_ac1"],
      csvRow: (figures) => {
        const [alpha, lower, upper] = csvAlpha(figures);
        return [figures.name, alpha, lower, upper, band(figures), figures.units, ...csvOthers(figures)];
      },
    },
  };
}

export type AlphaSort = "codebook" | "alpha" | "lower" | "units";

const SORTS: Record<Exclude<AlphaSort, "codebook">, (row: AlphaRow) => number> = {
  alpha: (row) => row.alpha.value ?? -Infinity,
  lower: (row) => row.alpha.bootstrap?.lower ?? -Infinity,
  units: (row) => row.units,
};

/** Codes in the order asked for, highest first (undefined last); the pooled row stays at the end. */
function sortRows(rows: AlphaRow[], sort: AlphaSort): AlphaRow[] {
  if (sort === "codebook") return rows;
  const key = SORTS[sort];
  return [...rows.slice(0, -1).sort((a, b) => key(b) - key(a)), rows.at(-1)!];
}

/**
 * Krippendorff's alpha per code and pooled with its bootstrap interval (unitizing alpha at the character unit): the
 * chart, and beside it the same figures as a table with the other coefficients and a CSV. Each band is judged by the
 * interval as well as the estimate (lib/review/alpha-band.ts). With the round before, each code shows its change.
 */
export function AlphaFigures({
  agreement,
  codeLabel,
  filenameBase,
  minimums,
  sort,
  sortHref,
  previousRound,
}: {
  agreement: CorpusAgreement;
  codeLabel: (codeId: number) => string;
  filenameBase: string;
  minimums: AlphaMinimums;
  sort: AlphaSort;
  sortHref: (sort: AlphaSort) => string;
  previousRound: { round: number; agreement: CorpusAgreement } | null;
}) {
  const band = (row: AlphaRow) => judgeAlpha({ alpha: row.alpha.value, lower: row.alpha.bootstrap?.lower ?? null, appliedUnits: row.appliedUnits }, minimums).label;
  const { rows: inCodebookOrder, layout } = describe(agreement, codeLabel, band);
  const rows = sortRows(inCodebookOrder, sort);
  const before = previousRound && new Map(describe(previousRound.agreement, codeLabel, band).rows.map((row) => [row.name, row.alpha.value]));
  const chart: AlphaChartRow[] = inCodebookOrder.map((row) => ({
    label: row.label,
    alpha: row.alpha.value,
    lower: row.alpha.bootstrap?.lower ?? null,
    upper: row.alpha.bootstrap?.upper ?? null,
    units: row.units,
  }));
  const sortable = (key: AlphaSort, heading: string) =>
    sort === key ? (
      <th scope="col" aria-sort="descending">
        {heading} ↓
      </th>
    ) : (
      <th scope="col">
        <Link href={sortHref(key)} title={`Sort by ${heading}, highest first`}>
          {heading}
        </Link>
      </th>
    );
  return (
    <div className="report-figures stacked">
      <AlphaChart rows={chart} unitsLabel={layout.unitsLabel} minimums={minimums} />
      <div>
        <table>
          <caption>
            {layout.caption}
            {sort !== "codebook" && (
              <>
                {" "}
                · <Link href={sortHref("codebook")}>in codebook order</Link>
              </>
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              {sortable("alpha", layout.alphaHeading)}
              {sortable("lower", "95% interval")}
              <th scope="col">Band</th>
              {sortable("units", layout.unitsHeading)}
              {before && <th scope="col">α in round {previousRound.round}</th>}
              {before && <th scope="col">Change</th>}
              <th scope="col">Agreement</th>
              <th scope="col">Fleiss&apos; κ</th>
              <th scope="col">AC1</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const earlier = before?.get(row.name) ?? null;
              return (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td title={row.alpha.value === null ? row.alpha.reason : undefined}>{formatCoefficient(row.alpha.value)}</td>
                  <td>{formatInterval(row.alpha.bootstrap)}</td>
                  <td>{band(row)}</td>
                  <td>{row.units}</td>
                  {before && <td>{formatCoefficient(earlier)}</td>}
                  {before && <td>{earlier === null || row.alpha.value === null ? "—" : formatChange(row.alpha.value - earlier)}</td>}
                  <td>{formatCoefficient(row.percentAgreement)}</td>
                  <td>{formatCoefficient(row.fleissKappa)}</td>
                  <td>{formatCoefficient(row.gwetAc1)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted">{layout.note}</p>
        <CsvDownload filename={`${filenameBase}-alpha-${layout.csvName}.csv`} label="Download alpha as CSV" header={layout.csvHeader} rows={rows.map(layout.csvRow)} />
      </div>
    </div>
  );
}

const formatChange = (change: number) => `${change > 0 ? "+" : change < 0 ? "−" : "±"}${Math.abs(change).toFixed(3)}`;
