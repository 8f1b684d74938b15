/** A source of uniform numbers in [0, 1), such as mulberry32(seed).next. */
export type Uniform = () => number;

// ln k! for small k straight from its definition; Stirling's series past the table is exact to double precision.
const LOG_FACTORIAL_TABLE = (() => {
  const table = new Float64Array(1024);
  for (let k = 2; k < table.length; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

export function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL_TABLE.length) return LOG_FACTORIAL_TABLE[k]!;
  const x = k + 1;
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + inverse * (1 / 12 - inverseSquared * (1 / 360 - inverseSquared / 1260));
}

/**
 * One draw from Binomial(n, p), exactly distributed: by inversion (walking the probabilities up from 0) when n·p is
 * below 10, else by Hörmann's transformed rejection with squeeze, BTRS ("The generation of binomial random
 * variates", Journal of Statistical Computation and Simulation 46, 1993), which needs O(1) uniforms whatever n is.
 * p above 1/2 is drawn as n minus a draw with 1 − p, so both methods see p ≤ 1/2.
 */
export function drawBinomial(uniform: Uniform, n: number, p: number): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - drawBinomial(uniform, n, 1 - p);
  return n * p < 10 ? byInversion(uniform, n, p) : byTransformedRejection(uniform, n, p);
}

function byInversion(uniform: Uniform, n: number, p: number): number {
  const q = 1 - p;
  const ratio = p / q;
  const start = Math.exp(n * Math.log1p(-p));
  for (;;) {
    let u = uniform();
    let probability = start;
    for (let x = 0; x <= n; x++) {
      if (u < probability) return x;
      u -= probability;
      // P(x + 1) / P(x) = (n − x) / (x + 1) · p / q
      probability *= ((n - x) / (x + 1)) * ratio;
    }
    // Rounding left u above the total mass: draw again rather than bias the tail.
  }
}

function byTransformedRejection(uniform: Uniform, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const h = logFactorial(mode) + logFactorial(n - mode);
  for (;;) {
    const u = uniform() - 0.5;
    let v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds) return k;
  }
}

/**
 * Fills `out` with one draw from Multinomial(n, counts / Σ counts): how many of n draws with replacement from a
 * population fall in each group, the groups holding `counts` members. Drawn as a chain of binomials, each group
 * taking its share of the draws the groups before it left, so the cost is one binomial per group, not n.
 */
export function drawMultinomial(uniform: Uniform, n: number, counts: ArrayLike<number>, out: Float64Array): void {
  let remainingDraws = n;
  let remainingMembers = 0;
  for (let group = 0; group < counts.length; group++) remainingMembers += counts[group]!;
  for (let group = 0; group < counts.length; group++) {
    const members = counts[group]!;
    const drawn = group === counts.length - 1 ? remainingDraws : drawBinomial(uniform, remainingDraws, members / remainingMembers);
    out[group] = drawn;
    remainingDraws -= drawn;
    remainingMembers -= members;
  }
}
