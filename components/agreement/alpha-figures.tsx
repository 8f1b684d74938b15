import type { ReactNode } from "react";
import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import type { DisagreementCoefficient } from "@/lib/agreement/coefficient";
import { type AlphaChartRow, AlphaChart } from "./alpha-chart";
import { CsvDownload } from "./csv-download";
import { alphaBandLabel, formatCoefficient, formatInterval } from "./format-figures";

type Interval = { lower: number; upper: number } | null;

/** One row of the alpha table, whichever the unit: alpha with its interval, what it rests on, and the other coefficients. */
type AlphaRow = {
  name: string;
  label: string;
  alpha: DisagreementCoefficient & { bootstrap: Interval };
  units: number;
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

function describe(agreement: CorpusAgreement, codeLabel: (codeId: number) => string): { rows: AlphaRow[]; layout: AlphaLayout } {
  if (agreement.unit === "character") {
    const row = (name: string, label: string, figures: (typeof agreement.by_code)[number] | typeof agreement.pooled, spans: number): AlphaRow => ({
      name,
      label,
      alpha: figures.krippendorff_alpha_unitizing,
      units: spans,
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
          return [figures.name, alpha, alphaBandLabel(alpha), figures.units, agreement.continuum_length, lower, upper, ...csvOthers(figures)];
        },
      },
    };
  }
  const row = (name: string, label: string, figures: (typeof agreement.by_code)[number] | typeof agreement.pooled): AlphaRow => ({
    name,
    label,
    alpha: figures.krippendorff_alpha,
    units: figures.units,
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
        return [figures.name, alpha, lower, upper, alphaBandLabel(alpha), figures.units, ...csvOthers(figures)];
      },
    },
  };
}

/**
 * Krippendorff's alpha per code and pooled with its bootstrap interval (unitizing alpha at the character unit): the
 * chart, and beside it the same figures as a table with the other coefficients and a CSV.
 */
export function AlphaFigures({ agreement, codeLabel, filenameBase }: { agreement: CorpusAgreement; codeLabel: (codeId: number) => string; filenameBase: string }) {
  const { rows, layout } = describe(agreement, codeLabel);
  const chart: AlphaChartRow[] = rows.map((row) => ({
    label: row.label,
    alpha: row.alpha.value,
    lower: row.alpha.bootstrap?.lower ?? null,
    upper: row.alpha.bootstrap?.upper ?? null,
    units: row.units,
  }));
  return (
    <div className="report-figures stacked">
      <AlphaChart rows={chart} unitsLabel={layout.unitsLabel} />
      <div>
        <table>
          <caption>{layout.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">{layout.alphaHeading}</th>
              <th scope="col">95% interval</th>
              <th scope="col">Band</th>
              <th scope="col">{layout.unitsHeading}</th>
              <th scope="col">Agreement</th>
              <th scope="col">Fleiss&apos; κ</th>
              <th scope="col">AC1</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td title={row.alpha.value === null ? row.alpha.reason : undefined}>{formatCoefficient(row.alpha.value)}</td>
                <td>{formatInterval(row.alpha.bootstrap)}</td>
                <td>{alphaBandLabel(row.alpha.value)}</td>
                <td>{row.units}</td>
                <td>{formatCoefficient(row.percentAgreement)}</td>
                <td>{formatCoefficient(row.fleissKappa)}</td>
                <td>{formatCoefficient(row.gwetAc1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{layout.note}</p>
        <CsvDownload filename={`${filenameBase}-alpha-${layout.csvName}.csv`} label="Download alpha as CSV" header={layout.csvHeader} rows={rows.map(layout.csvRow)} />
      </div>
    </div>
  );
}
