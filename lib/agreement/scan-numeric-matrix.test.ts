import { describe, expect, it } from "vitest";
import { scanNumericMatrix as scanBytes } from "./scan-numeric-matrix";

const scanNumericMatrix = (text: string) => scanBytes(new TextEncoder().encode(text));

/** What JSON.parse makes of the same text, NaN standing for null. */
function parsedRows(text: string): number[][] {
  return (JSON.parse(text) as { matrix: (number | null)[][] }).matrix.map((row) => row.map((value) => (value === null ? NaN : value)));
}

describe("scanNumericMatrix", () => {
  it.each([
    '{"matrix": [[1, 2, null], [1, 3, 2]], "level": "nominal"}',
    '{ "level" : "interval" ,\n "matrix" :\t[ [ -1.5 , 2e3, 0 ] ,[null,null, -0.25E-2 ] ] , "seed": 3 }',
    '{"values": [1, 2], "note": "a \\"matrix\\": [[9]] in a string", "matrix": [[1], [2]]}',
    '{"matrix": [[], []]}',
    '{"matrix": []}',
    '{"nested": {"matrix": [["x"]]}, "matrix": [[10, 20]]}',
    '{"note": "إعدام \\"matrix\\" 😔 Cafe\u0301", "matrix": [[1, 12345678901234567], [0, 1e2]], "seed": 1}',
    '{"matrix": [[0, -0, 0.5, -12.25e-1]], "level": "ratio"}',
  ])("reads the rows JSON.parse reads and leaves the other fields (%s)", (text) => {
    const scanned = scanNumericMatrix(text);
    expect(scanned).not.toBeNull();
    expect(scanned!.rows.map((row) => [...row])).toEqual(parsedRows(text));
    const rest = JSON.parse(scanned!.rest);
    expect(rest.matrix).toEqual([]);
    expect({ ...rest, matrix: undefined }).toEqual({ ...JSON.parse(text), matrix: undefined });
  });

  it("finds the range of whole numbers on the way, and none once a fraction appears", () => {
    expect(scanNumericMatrix('{"matrix": [[3, null, -2], [7, 1e1]]}')!.wholeNumbers).toEqual({ low: -2, high: 10 });
    expect(scanNumericMatrix('{"matrix": [[3, 2.5]]}')!.wholeNumbers).toBeNull();
    expect(scanNumericMatrix('{"matrix": [[null, null]]}')!.wholeNumbers).toBeNull();
  });

  it("keeps a byte order mark in the rest, where JSON.parse refuses it as it refuses the whole text", () => {
    const scanned = scanNumericMatrix('\uFEFF{"matrix": [[1]]}');
    expect(scanned!.rest.startsWith("\uFEFF")).toBe(true);
    expect(() => JSON.parse(scanned!.rest)).toThrow();
  });

  it.each([
    ['strings in the matrix', '{"matrix": [["a", "b"]]}'],
    ['a leading plus', '{"matrix": [[+1]]}'],
    ['a leading zero', '{"matrix": [[01]]}'],
    ['a negative leading zero', '{"matrix": [[-01]]}'],
    ['a broken literal', '{"matrix": [[nul]]}'],
    ['a fraction without digits before its point', '{"matrix": [[-.5]]}'],
    ['a point without digits after it', '{"matrix": [[1.]]}'],
    ['a missing comma', '{"matrix": [[1 2]]}'],
    ['a row that is not an array', '{"matrix": [1, 2]}'],
    ['no matrix', '{"continuum": {"begin": 0, "length": 3}}'],
    ['a second matrix key', '{"matrix": [[1]], "matrix": [[2]]}'],
    ['an unclosed matrix', '{"matrix": [[1, 2]'],
    ['a second matrix key after a string holding a quote', '{"matrix": [[1]], "note": "say \\"hi\\"", "matrix": [[2]]}'],
    ['a literal run on', '{"matrix": [[nullx]]}'],
    ['a minus alone', '{"matrix": [[-]]}'],
  ])("leaves %s to the general reader", (_what, text) => {
    expect(scanNumericMatrix(text)).toBeNull();
  });
});
