import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { ALPHA_BAND_LABELS, alphaBand } from "@/lib/review/alpha-band";
import { type AlphaChartRow, AlphaChart } from "./alpha-chart";
import { CsvDownload } from "./csv-download";
import { formatCoefficient } from "./format-figures";

const band = (value: number | null) => (value === null ? "undefined" : ALPHA_BAND_LABELS[alphaBand(value)]);

/** Krippendorff's alpha per code and pooled: the chart, and beside it the same figures as a table with a CSV. */
export function AlphaFigures({ agreement, codeLabel, filenameBase }: { agreement: CorpusAgreement; codeLabel: (codeId: number) => string; filenameBase: string }) {
  if (agreement.unit === "character") {
    const rows = [
      ...agreement.by_code.map((code) => ({ name: code.code_name, label: codeLabel(code.code_id), alpha: code.krippendorff_alpha_unitizing, spans: code.spans })),
      { name: "Pooled", label: "Pooled", alpha: agreement.pooled.krippendorff_alpha_unitizing, spans: agreement.by_code.reduce((sum, code) => sum + code.spans, 0) },
    ];
    const chart: AlphaChartRow[] = rows.map((row) => ({ label: row.label, alpha: row.alpha.value, lower: null, upper: null, units: row.spans }));
    return (
      <div className="report-figures stacked">
        <AlphaChart rows={chart} unitsLabel="spans" intervals={false} />
        <div>
          <table>
            <caption>Krippendorff&apos;s unitizing alpha per code, on a continuum of {agreement.continuum_length} code points</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">α (unitizing)</th>
                <th scope="col">Band</th>
                <th scope="col">Spans</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td title={row.alpha.value === null ? row.alpha.reason : undefined}>{formatCoefficient(row.alpha.value)}</td>
                  <td>{band(row.alpha.value)}</td>
                  <td>{row.spans}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvDownload
            filename={`${filenameBase}-alpha-character.csv`}
            label="Download alpha as CSV"
            header={["code", "krippendorff_alpha_unitizing", "band", "spans", "continuum_length"]}
            rows={rows.map((row) => [row.name, row.alpha.value, band(row.alpha.value), row.spans, agreement.continuum_length])}
          />
        </div>
      </div>
    );
  }

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
  const interval = (row: (typeof rows)[number]) => {
    const bootstrap = row.krippendorff_alpha.bootstrap;
    return bootstrap ? `${formatCoefficient(bootstrap.lower)} to ${formatCoefficient(bootstrap.upper)}` : "—";
  };
  return (
    <div className="report-figures stacked">
      <AlphaChart rows={chart} unitsLabel={`${agreement.unit}s`} intervals />
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
                <td>{interval(row)}</td>
                <td>{band(row.krippendorff_alpha.value)}</td>
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
            band(row.krippendorff_alpha.value),
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
