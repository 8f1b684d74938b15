/**
 * Mulberry32, Tommy Ettinger's 32-bit generator (public domain): tiny, fast, and good enough to draw bootstrap
 * resamples. Math.random cannot be seeded, and a reliability report must come out the same when run again.
 */
export type Mulberry32 = {
  /** The next number in [0, 1). */
  next: () => number;
  /** Fills `out` with the next whole numbers drawn uniformly from [0, bound), as many as it holds. */
  fillIndices: (out: Int32Array, bound: number) => void;
};

const INCREMENT = 0x6d2b79f5;
const TWO_TO_32 = 4294967296;

/** Mulberry32 is counter-based: the k-th output is a fixed mix of seed + k · INCREMENT. A module-level function the
 * engine can inline keeps the bootstrap's draw loop free of a closure call per number. */
function mix(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

export function mulberry32(seed: number): Mulberry32 {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + INCREMENT) >>> 0;
      return mix(state) / TWO_TO_32;
    },
    fillIndices(out, bound) {
      // A local copy of the state lets the loop keep it in a register rather than in the closure.
      let local = state;
      for (let i = 0; i < out.length; i++) {
        local = (local + INCREMENT) >>> 0;
        out[i] = Math.floor((mix(local) / TWO_TO_32) * bound);
      }
      state = local;
    },
  };
}
