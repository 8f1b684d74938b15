import { describe, expect, it } from "vitest";
import { addSpeakerRow, type SpeakerTally } from "./add-speaker-row";
import type { StatementRow } from "./read-statement-row";

function row(rowNumber: number, facts: Partial<Omit<StatementRow, "alias">>): StatementRow & { alias: string } {
  return {
    rowNumber,
    text: "text",
    title: null,
    alias: "Abu Omar",
    country: null,
    region: null,
    gender: null,
    defectionDate: null,
    statementDate: null,
    source: null,
    url: null,
    language: null,
    ...facts,
  };
}

const columnOf = (fact: string) => `col ${fact}`;

describe("addSpeakerRow", () => {
  it("fills in facts later rows give and lists the speaker's rows", () => {
    const tally: SpeakerTally = new Map();
    expect(addSpeakerRow(tally, row(2, { country: "Syria" }), columnOf)).toEqual([]);
    expect(addSpeakerRow(tally, row(3, { gender: "male", country: "Syria" }), columnOf)).toEqual([]);
    expect(tally.get("Abu Omar")?.speaker).toEqual({
      alias: "Abu Omar",
      country: "Syria",
      region: null,
      gender: "male",
      defectionDate: null,
      rowNumbers: [2, 3],
    });
  });

  it("refuses a contradicting fact, pointing at the row that first gave it, and leaves the speaker as it was", () => {
    const tally: SpeakerTally = new Map();
    addSpeakerRow(tally, row(2, {}), columnOf);
    addSpeakerRow(tally, row(3, { defectionDate: "2015" }), columnOf);
    const errors = addSpeakerRow(tally, row(4, { defectionDate: "2016", region: "Raqqa" }), columnOf);
    expect(errors).toEqual([
      {
        rowNumber: 4,
        column: "col defectionDate",
        message:
          'Row 4, column "col defectionDate": "2016" differs from "2015" given for Abu Omar in row 3. ' +
          "Make the rows agree, or give the two speakers different aliases.",
      },
    ]);
    expect(tally.get("Abu Omar")?.speaker).toMatchObject({ region: null, rowNumbers: [2, 3] });
  });
});
