import type { CodedCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { CsvDownload } from "./csv-download";
import { formatCoefficient } from "./format-figures";

/** A light red-to-green tint for a kappa, so the lowest pairs stand out; the number is always written in the cell. */
const tint = (value: number | null) => (value === null ? undefined : `hsl(${Math.round(Math.max(0, Math.min(1, value)) * 120)} 55% 88%)`);

/**
 * Cohen's kappa of every pair of coders on the pooled (unit, code) data as a matrix, each coder's mean kappa with the
 * others, and beside it the coefficients for all coders at once: Fleiss' kappa, Gwet's AC1 and percent agreement.
 */
export function KappaMatrix({ agreement, filenameBase }: { agreement: CodedCorpusAgreement; filenameBase: string }) {
  const coders = agreement.coder_names;
  const kappa = new Map(agreement.pooled.cohen_kappa_pairs.flatMap((pair) => [[`${pair.coder_a}|${pair.coder_b}`, pair.cohen_kappa.value], [`${pair.coder_b}|${pair.coder_a}`, pair.cohen_kappa.value]]));
  const means = coders.map((coder) => {
    const values = coders.filter((other) => other !== coder).map((other) => kappa.get(`${coder}|${other}`)).filter((value): value is number => value !== null && value !== undefined);
    return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
  });
  const ranked = coders.map((coder, index) => ({ coder, mean: means[index]! })).filter((row) => row.mean !== null);
  const lowest = ranked.length > 2 ? ranked.reduce((low, row) => (row.mean! < low.mean! ? row : low)) : null;
  const pairRows = [...agreement.by_code.map((code) => ({ name: code.code_name, pairs: code.cohen_kappa_pairs })), { name: "Pooled", pairs: agreement.pooled.cohen_kappa_pairs }];

  return (
    <div className="report-figures">
      <div>
        <table className="kappa-matrix">
          <caption>Cohen&apos;s kappa for every pair of coders, pooled over codes</caption>
          <thead>
            <tr>
              <th scope="col">Coder</th>
              {coders.map((coder) => (
                <th key={coder} scope="col">
                  {coder}
                </th>
              ))}
              <th scope="col">Mean with others</th>
            </tr>
          </thead>
          <tbody>
            {coders.map((coder, row) => (
              <tr key={coder}>
                <th scope="row">{coder}</th>
                {coders.map((other) => {
                  const value = coder === other ? null : (kappa.get(`${coder}|${other}`) ?? null);
                  return (
                    <td key={other} style={{ backgroundColor: tint(value) }}>
                      {coder === other ? "" : formatCoefficient(value)}
                    </td>
                  );
                })}
                <td style={{ backgroundColor: tint(means[row]!) }}>{formatCoefficient(means[row])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {lowest && (
          <p>
            Lowest agreement with the others: <strong>{lowest.coder}</strong> (mean κ {formatCoefficient(lowest.mean)}).
          </p>
        )}
        <CsvDownload
          filename={`${filenameBase}-cohen-kappa-${agreement.unit}.csv`}
          label="Download pairwise kappa as CSV"
          header={["code", "coder_a", "coder_b", "cohen_kappa"]}
          rows={pairRows.flatMap(({ name, pairs }) => pairs.map((pair) => [name, pair.coder_a, pair.coder_b, pair.cohen_kappa.value]))}
        />
      </div>
      <dl className="facts summary-figures" aria-label="All coders at once, pooled">
        <dt>Fleiss&apos; κ</dt>
        <dd>{formatCoefficient(agreement.pooled.fleiss_kappa.value)}</dd>
        <dt>Gwet&apos;s AC1</dt>
        <dd>{formatCoefficient(agreement.pooled.gwet_ac1.value)}</dd>
        <dt>Percent agreement</dt>
        <dd>{formatCoefficient(agreement.pooled.percent_agreement)}</dd>
        <dt>Units</dt>
        <dd>
          {agreement.pooled.units} ({agreement.units} {agreement.unit}s × {agreement.by_code.length} codes)
        </dd>
        <dt>Coders</dt>
        <dd>{agreement.coders}</dd>
      </dl>
    </div>
  );
}
