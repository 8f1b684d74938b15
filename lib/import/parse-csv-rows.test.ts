import { describe, expect, it } from "vitest";
import { parseCsvRows } from "./parse-csv-rows";

const secondColumn = () => 1;

describe("parseCsvRows", () => {
  it("gives every row, blank ones included, and the indices of rows whose quotes do not balance", () => {
    // papaparse runs a cell whose closing quote is misplaced on to the end of the line.
    const result = parseCsvRows('a,b\n"two\nlines",x\n\n"broken"x,y', { delimiter: ",", countedColumn: secondColumn, maxCharacters: 100 });
    expect(result).toEqual({
      ok: true,
      rows: [["a", "b"], ["two\nlines", "x"], [""], ['broken"x,y']],
      unbalancedRows: new Set([3]),
    });
  });

  it("replaces control characters and lone surrogates in every cell with U+FFFD", () => {
    const result = parseCsvRows("title,alias\nA\u0000B,x\uDC00", { delimiter: ",", countedColumn: secondColumn, maxCharacters: 100 });
    expect(result).toMatchObject({ ok: true, rows: [["title", "alias"], ["A\uFFFDB", "x\uFFFD"]] });
  });

  it("counts only the chosen column, not the header, and stops at the row that passes the limit", () => {
    const csv = "note,text\nlong note,😔😔\nx,ab\nx,c\nx,never read";
    const options = { delimiter: ",", countedColumn: (header: string[]) => header.indexOf("text") };
    // "😔😔", "ab", "c" and "never read" make 15 code points.
    expect(parseCsvRows(csv, { ...options, maxCharacters: 15 }).ok).toBe(true);
    expect(parseCsvRows(csv, { ...options, maxCharacters: 4 })).toEqual({ ok: false, rowNumber: 4 });
  });
});
