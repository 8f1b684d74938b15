import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { CsvDownload } from "./csv-download";
import { formatCoefficient } from "./format-figures";
import { PairMatrix } from "./pair-matrix";

/**
 * Cohen's kappa of every pair of coders on the pooled (unit, code) data as a matrix, each coder's mean kappa with the
 * others, and beside it the coefficients for all coders at once: Fleiss' kappa, Gwet's AC1 and percent agreement.
 * At the character unit every character is a unit a coder gives 1 when the code covers it.
 */
export function KappaMatrix({ agreement, filenameBase }: { agreement: CorpusAgreement; filenameBase: string }) {
  const pairRows = [...agreement.by_code.map((code) => ({ name: code.code_name, pairs: code.cohen_kappa_pairs })), { name: "Pooled", pairs: agreement.pooled.cohen_kappa_pairs }];
  const characters = agreement.unit === "character";
  const unitCount = characters ? `${agreement.continuum_length} characters` : `${agreement.units} ${agreement.unit}s`;

  return (
    <div className="report-figures">
      <div>
        <PairMatrix
          coders={agreement.coder_names}
          pairs={agreement.pooled.cohen_kappa_pairs.map((pair) => ({ coder_a: pair.coder_a, coder_b: pair.coder_b, value: pair.cohen_kappa.value }))}
          caption={`Cohen's kappa for every pair of coders, ${characters ? "every character a unit, " : ""}pooled over codes`}
          symbol="κ"
        />
        <CsvDownload
          filename={`${filenameBase}-cohen-kappa-${agreement.unit}.csv`}
          label={characters ? "Download pairwise kappa on characters as CSV" : "Download pairwise kappa as CSV"}
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
          {agreement.pooled.units} ({unitCount} × {agreement.by_code.length} codes)
        </dd>
        <dt>Coders</dt>
        <dd>{agreement.coders}</dd>
      </dl>
    </div>
  );
}
