/**
 * The two shapes every coefficient in this folder reports. Keys are snake_case because these objects leave the
 * process as JSON unchanged (the `agreement` script and the route both print them).
 *
 * A coefficient that the data cannot define (no pairs to compare, or chance alone would already produce perfect
 * agreement) has `value: null` and a `reason` a person can read, never NaN.
 */

/** Chance-corrected agreement (kappa family): value = (p_o − p_e) / (1 − p_e). */
export type AgreementCoefficient =
  | { value: number; observed_agreement: number; expected_agreement: number }
  | { value: null; observed_agreement: number | null; expected_agreement: number | null; reason: string };

/** Disagreement-based reliability (alpha family): value = 1 − D_o / D_e. */
export type DisagreementCoefficient =
  | { value: number; observed_disagreement: number; expected_disagreement: number }
  | { value: null; observed_disagreement: number | null; expected_disagreement: number | null; reason: string };

// Expected agreement computed as a sum of fractions can miss 1 by a rounding step; treat that as 1.
const ROUNDING = 1e-12;

export function agreementCoefficient(observed: number, expected: number): AgreementCoefficient {
  if (1 - expected < ROUNDING) {
    return {
      value: null,
      observed_agreement: observed,
      expected_agreement: expected,
      reason: "expected agreement is 1 (every rating is in one category), so agreement beyond chance is undefined",
    };
  }
  return { value: (observed - expected) / (1 - expected), observed_agreement: observed, expected_agreement: expected };
}

export function undefinedAgreement(reason: string): AgreementCoefficient {
  return { value: null, observed_agreement: null, expected_agreement: null, reason };
}

export function disagreementCoefficient(observed: number, expected: number): DisagreementCoefficient {
  if (expected <= 0) {
    return {
      value: null,
      observed_disagreement: observed,
      expected_disagreement: expected,
      reason: "expected disagreement is 0 (the data show no variation), so reliability is undefined",
    };
  }
  return { value: 1 - observed / expected, observed_disagreement: observed, expected_disagreement: expected };
}

export function undefinedDisagreement(reason: string): DisagreementCoefficient {
  return { value: null, observed_disagreement: null, expected_disagreement: null, reason };
}
