import { formatCoefficient } from "./format-figures";

export type CoderPair = { coder_a: string; coder_b: string; value: number | null };

/** A light red-to-green tint for a coefficient, so the lowest pairs stand out; the number is always written in the cell. */
const tint = (value: number | null) => (value === null ? undefined : `hsl(${Math.round(Math.max(0, Math.min(1, value)) * 120)} 55% 88%)`);

/**
 * A coefficient for every pair of coders as a symmetric matrix, each coder's mean with the others, and the coder
 * whose mean is lowest: who disagrees with whom. `symbol` names the coefficient in that sentence (κ, α).
 */
export function PairMatrix({ coders, pairs, caption, symbol }: { coders: readonly string[]; pairs: readonly CoderPair[]; caption: string; symbol: string }) {
  const byPair = new Map(pairs.flatMap((pair) => [[`${pair.coder_a}|${pair.coder_b}`, pair.value], [`${pair.coder_b}|${pair.coder_a}`, pair.value]]));
  const means = coders.map((coder) => {
    const values = coders.filter((other) => other !== coder).map((other) => byPair.get(`${coder}|${other}`)).filter((value): value is number => value !== null && value !== undefined);
    return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
  });
  const ranked = coders.map((coder, index) => ({ coder, mean: means[index]! })).filter((row) => row.mean !== null);
  const lowest = ranked.length > 2 ? ranked.reduce((low, row) => (row.mean! < low.mean! ? row : low)) : null;

  return (
    <>
      <table className="kappa-matrix">
        <caption>{caption}</caption>
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
                const value = coder === other ? null : (byPair.get(`${coder}|${other}`) ?? null);
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
          Lowest agreement with the others: <strong>{lowest.coder}</strong> (mean {symbol} {formatCoefficient(lowest.mean)}).
        </p>
      )}
    </>
  );
}
