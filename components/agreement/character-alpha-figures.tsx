import type { CharacterCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { type AlphaChartRow, AlphaChart } from "./alpha-chart";
import { CsvDownload } from "./csv-download";
import { alphaBandLabel, formatCoefficient, formatInterval } from "./format-figures";

/**
 * Unitizing alpha per code and pooled with its cluster-bootstrap interval, and beside it the coefficients that take
 * every character as a unit: the character unit's counterpart of the coded units' figures.
 */
export function CharacterAlphaFigures({ agreement, codeLabel, filenameBase }: { agreement: CharacterCorpusAgreement; codeLabel: (codeId: number) => string; filenameBase: string }) {
  const rows = [
    ...agreement.by_code.map((code) => ({ ...code, name: code.code_name, label: codeLabel(code.code_id) })),
    { ...agreement.pooled, name: "Pooled", label: "Pooled", spans: agreement.by_code.reduce((sum, code) => sum + code.spans, 0) },
  ];
  const chart: AlphaChartRow[] = rows.map((row) => ({
    label: row.label,
    alpha: row.krippendorff_alpha_unitizing.value,
    lower: row.krippendorff_alpha_unitizing.bootstrap?.lower ?? null,
    upper: row.krippendorff_alpha_unitizing.bootstrap?.upper ?? null,
    units: row.spans,
  }));
  return (
    <div className="report-figures stacked">
      <AlphaChart rows={chart} unitsLabel="spans" />
      <div>
        <table>
          <caption>Krippendorff&apos;s unitizing alpha per code, on a continuum of {agreement.continuum_length} code points</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">α (unitizing)</th>
              <th scope="col">95% interval</th>
              <th scope="col">Band</th>
              <th scope="col">Spans</th>
              <th scope="col">Agreement</th>
              <th scope="col">Fleiss&apos; κ</th>
              <th scope="col">AC1</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td title={row.krippendorff_alpha_unitizing.value === null ? row.krippendorff_alpha_unitizing.reason : undefined}>{formatCoefficient(row.krippendorff_alpha_unitizing.value)}</td>
                <td>{formatInterval(row.krippendorff_alpha_unitizing.bootstrap)}</td>
                <td>{alphaBandLabel(row.krippendorff_alpha_unitizing.value)}</td>
                <td>{row.spans}</td>
                <td>{formatCoefficient(row.percent_agreement)}</td>
                <td>{formatCoefficient(row.fleiss_kappa.value)}</td>
                <td>{formatCoefficient(row.gwet_ac1.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          The interval resamples whole statements (a cluster bootstrap). Agreement, Fleiss&apos; κ and AC1 take every character of the {agreement.documents} statements every coder
          coded as a unit a coder gives 1 when the code covers it; pooled counts every (character, code) pair.
        </p>
        <CsvDownload
          filename={`${filenameBase}-alpha-character.csv`}
          label="Download alpha as CSV"
          header={["code", "krippendorff_alpha_unitizing", "band", "spans", "continuum_length", "interval_lower", "interval_upper", "percent_agreement", "fleiss_kappa", "gwet_ac1"]}
          rows={rows.map((row) => [
            row.name,
            row.krippendorff_alpha_unitizing.value,
            alphaBandLabel(row.krippendorff_alpha_unitizing.value),
            row.spans,
            agreement.continuum_length,
            row.krippendorff_alpha_unitizing.bootstrap?.lower ?? null,
            row.krippendorff_alpha_unitizing.bootstrap?.upper ?? null,
            row.percent_agreement,
            row.fleiss_kappa.value,
            row.gwet_ac1.value,
          ])}
        />
      </div>
    </div>
  );
}
