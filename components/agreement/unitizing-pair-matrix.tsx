import type { CharacterCorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { CsvDownload } from "./csv-download";
import { PairMatrix } from "./pair-matrix";

/**
 * At the character unit, unitizing alpha of every pair of coders over all codes: who disagrees with whom on where
 * passages begin and end. Cohen's kappa on characters (character-kappa-matrix.tsx) sits beside it.
 */
export function UnitizingPairMatrix({ agreement, filenameBase }: { agreement: CharacterCorpusAgreement; filenameBase: string }) {
  const pairs = agreement.pooled.unitizing_alpha_pairs.map((pair) => ({ coder_a: pair.coder_a, coder_b: pair.coder_b, value: pair.krippendorff_alpha_unitizing.value }));
  return (
    <div>
      <PairMatrix coders={agreement.coder_names} pairs={pairs} caption="Unitizing alpha for every pair of coders, over all codes" symbol="α" />
      <CsvDownload
        filename={`${filenameBase}-unitizing-alpha-pairs.csv`}
        label="Download pairwise unitizing alpha as CSV"
        header={["coder_a", "coder_b", "krippendorff_alpha_unitizing", "continuum_length"]}
        rows={pairs.map((pair) => [pair.coder_a, pair.coder_b, pair.value, agreement.continuum_length])}
      />
    </div>
  );
}
