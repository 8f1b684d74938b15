/** The integer an xsd:integer attribute holds ("42", " +7 ", "-3"), or NaN when it holds anything else. */
export function parseInteger(written: string): number {
  return /^\s*[+-]?\d+\s*$/.test(written) ? Number(written) : Number.NaN;
}
