import type { CharacterCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { CsvDownload } from "./csv-download";
import { formatCoefficient } from "./format-figures";
import { PairMatrix } from "./pair-matrix";

/**
 * At the character unit, every character is a unit a coder gives 1 when the code covers it: Cohen's kappa of every
 * pair of coders on those values, pooled over codes, and beside it Fleiss' kappa, Gwet's AC1 and percent agreement.
 */
export function CharacterKappaMatrix({ agreement, filenameBase }: { agreement: CharacterCorpusAgreement; filenameBase: string }) {
  const { pooled } = agreement;
  const pairRows = [...agreement.by_code.map((code) => ({ name: code.code_name, pairs: code.cohen_kappa_pairs })), { name: "Pooled", pairs: pooled.cohen_kappa_pairs }];
  return (
    <div className="report-figures">
      <div>
        <PairMatrix
          coders={agreement.coder_names}
          pairs={pooled.cohen_kappa_pairs.map((pair) => ({ coder_a: pair.coder_a, coder_b: pair.coder_b, value: pair.cohen_kappa.value }))}
          caption="Cohen's kappa for every pair of coders, every character a unit, pooled over codes"
          symbol="κ"
        />
        <CsvDownload
          filename={`${filenameBase}-cohen-kappa-character.csv`}
          label="Download pairwise kappa on characters as CSV"
          header={["code", "coder_a", "coder_b", "cohen_kappa"]}
          rows={pairRows.flatMap(({ name, pairs }) => pairs.map((pair) => [name, pair.coder_a, pair.coder_b, pair.cohen_kappa.value]))}
        />
      </div>
      <dl className="facts summary-figures" aria-label="All coders at once, pooled">
        <dt>Fleiss&apos; κ</dt>
        <dd>{formatCoefficient(pooled.fleiss_kappa.value)}</dd>
        <dt>Gwet&apos;s AC1</dt>
        <dd>{formatCoefficient(pooled.gwet_ac1.value)}</dd>
        <dt>Percent agreement</dt>
        <dd>{formatCoefficient(pooled.percent_agreement)}</dd>
        <dt>Units</dt>
        <dd>
          {pooled.units} ({agreement.continuum_length} characters × {agreement.by_code.length} codes)
        </dd>
        <dt>Coders</dt>
        <dd>{agreement.coders}</dd>
      </dl>
    </div>
  );
}
