import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { type AlphaChartRow, AlphaChart } from "./alpha-chart";
import { CharacterAlphaFigures } from "./character-alpha-figures";
import { CsvDownload } from "./csv-download";
import { alphaBandLabel, formatCoefficient, formatInterval } from "./format-figures";

/** Krippendorff's alpha per code and pooled: the chart, and beside it the same figures as a table with a CSV. */
export function AlphaFigures({ agreement, codeLabel, filenameBase }: { agreement: CorpusAgreement; codeLabel: (codeId: number) => string; filenameBase: string }) {
  if (agreement.unit === "character") return <CharacterAlphaFigures agreement={agreement} codeLabel={codeLabel} filenameBase={filenameBase} />;

  const rows = [
    ...agreement.by_code.map((code) => ({ ...code, name: code.code_name, label: codeLabel(code.code_id) })),
    { ...agreement.pooled, name: "Pooled", label: "Pooled" },
  ];
  const chart: AlphaChartRow[] = rows.map((row) => ({
    label: row.label,
    alpha: row.krippendorff_alpha.value,
    lower: row.krippendorff_alpha.bootstrap?.lower ?? null,
    upper: row.krippendorff_alpha.bootstrap?.upper ?? null,
    units: row.units,
  }));
  return (
    <div className="report-figures stacked">
      <AlphaChart rows={chart} unitsLabel={`${agreement.unit}s`} />
      <div>
        <table>
          <caption>Krippendorff&apos;s alpha per code</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">α</th>
              <th scope="col">95% interval</th>
              <th scope="col">Band</th>
              <th scope="col">Units</th>
              <th scope="col">Agreement</th>
              <th scope="col">Fleiss&apos; κ</th>
              <th scope="col">AC1</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td title={row.krippendorff_alpha.value === null ? row.krippendorff_alpha.reason : undefined}>{formatCoefficient(row.krippendorff_alpha.value)}</td>
                <td>{formatInterval(row.krippendorff_alpha.bootstrap)}</td>
                <td>{alphaBandLabel(row.krippendorff_alpha.value)}</td>
                <td>{row.units}</td>
                <td>{formatCoefficient(row.percent_agreement)}</td>
                <td>{formatCoefficient(row.fleiss_kappa.value)}</td>
                <td>{formatCoefficient(row.gwet_ac1.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Units: {agreement.unit}s{agreement.min_coverage === null ? "" : ` a coder applied a code to when their spans cover at least ${agreement.min_coverage} of it`};
          pooled counts every (unit, code) pair. Agreement is the share of agreeing pairs of values.
        </p>
        <CsvDownload
          filename={`${filenameBase}-alpha-${agreement.unit}.csv`}
          label="Download alpha as CSV"
          header={["code", "krippendorff_alpha", "interval_lower", "interval_upper", "band", "units", "percent_agreement", "fleiss_kappa", "gwet_ac1"]}
          rows={rows.map((row) => [
            row.name,
            row.krippendorff_alpha.value,
            row.krippendorff_alpha.bootstrap?.lower ?? null,
            row.krippendorff_alpha.bootstrap?.upper ?? null,
            alphaBandLabel(row.krippendorff_alpha.value),
            row.units,
            row.percent_agreement,
            row.fleiss_kappa.value,
            row.gwet_ac1.value,
          ])}
        />
      </div>
    </div>
  );
}
