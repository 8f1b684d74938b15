import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";
import { parseStatementCsv } from "./parse-statement-csv";
import { buildTranscriptsCsv } from "./transcripts-csv.test-support";

const utf8 = (text: string) => new TextEncoder().encode(text);

const transcripts = [
  "Alias,Country,Gender,Defection Date,Text,Statement Date,Source,URL,Language",
  'Abu Omar,Syria,male,2015-03,"I left.\r\nThey lied to us, all of them.",7 March 2016,Interview,https://example.org/1,en',
  'Abu Omar,,,2015-03,"قال: ""كذبوا علينا"" 😔",2016,Interview,,AR',
  ",,,,Anonymous leaflet,,,,",
  "Umm Sara,Iraq,female,2016,I was a teacher.,,,,",
].join("\r\n");

describe("parseStatementCsv", () => {
  it("reads one statement per row, with speaker and statement facts from mapped columns", () => {
    const result = parseStatementCsv(utf8(transcripts));
    if (!result.ok) throw new Error(result.error);
    expect(result.errors).toEqual([]);
    expect(result.statements).toHaveLength(4);
    expect(result.statements[0]).toEqual({
      rowNumber: 2,
      title: "Abu Omar, row 2",
      text: "I left.\nThey lied to us, all of them.",
      language: "en",
      direction: "ltr",
      contentHash: contentHash("I left.\nThey lied to us, all of them."),
      speakerAlias: "Abu Omar",
      statementDate: "2016-03-07",
      source: "Interview",
      url: "https://example.org/1",
    });
    expect(result.statements[1]).toMatchObject({
      text: 'قال: "كذبوا علينا" 😔',
      language: "ar",
      direction: "rtl",
      statementDate: "2016",
      url: null,
    });
    expect(result.statements[2]).toMatchObject({ title: "Row 4", speakerAlias: null, language: null });
  });

  it("groups rows with the same alias into one speaker, filling in facts from any of their rows", () => {
    const result = parseStatementCsv(utf8(transcripts));
    if (!result.ok) throw new Error(result.error);
    expect([...result.speakers.values()]).toEqual([
      { alias: "Abu Omar", country: "Syria", region: null, gender: "male", defectionDate: "2015-03", rowNumbers: [2, 3] },
      { alias: "Umm Sara", country: "Iraq", region: null, gender: "female", defectionDate: "2016", rowNumbers: [5] },
    ]);
  });

  it("previews the header, the first rows as written and the mapping", () => {
    const result = parseStatementCsv(utf8(transcripts), { previewRows: 1 });
    expect(result.ok && result.preview).toEqual({
      headers: ["Alias", "Country", "Gender", "Defection Date", "Text", "Statement Date", "Source", "URL", "Language"],
      rows: [
        [
          "Abu Omar", "Syria", "male", "2015-03", "I left.\r\nThey lied to us, all of them.", "7 March 2016",
          "Interview", "https://example.org/1", "en",
        ],
      ],
      mapping: {
        Alias: "alias",
        Country: "country",
        Gender: "gender",
        "Defection Date": "defection_date",
        Text: "text",
        "Statement Date": "statement_date",
        Source: "source",
        URL: "url",
        Language: "language",
      },
    });
  });

  it("leaves out rows with problems, naming the row (header = row 1) and the column", () => {
    const csv = [
      "alias,text,defection_date,url,language",
      "A,,2015,,",
      "B,fine,07/03/2015,,",
      "C,fine,,www.example.org,Arabic",
      "D,fine,,,",
    ].join("\n");
    const result = parseStatementCsv(utf8(csv));
    if (!result.ok) throw new Error(result.error);
    expect(result.statements.map((statement) => statement.rowNumber)).toEqual([5]);
    expect(result.errors.map((error) => [error.rowNumber, error.column])).toEqual([
      [2, "text"],
      [3, "defection_date"],
      [4, "url"],
      [4, "language"],
    ]);
    expect(result.errors[0]?.message).toBe('Row 2, column "text": the statement text is empty.');
    expect(result.errors[1]?.message).toBe(
      'Row 3, column "defection_date": "07/03/2015" is not a date. ' +
        "Write it as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known.",
    );
  });

  it("refuses a row whose speaker facts contradict an earlier row of the same alias", () => {
    const csv = "alias,country,text\nAbu Omar,Syria,one\nAbu Omar,Iraq,two\nAbu Omar,Syria,three";
    const result = parseStatementCsv(utf8(csv));
    if (!result.ok) throw new Error(result.error);
    expect(result.statements.map((statement) => statement.text)).toEqual(["one", "three"]);
    expect(result.errors).toEqual([
      {
        rowNumber: 3,
        column: "country",
        message:
          'Row 3, column "country": "Iraq" differs from "Syria" given for Abu Omar in row 2. ' +
          "Make the rows agree, or give the two speakers different aliases.",
      },
    ]);
  });

  it("follows an explicit mapping over the suggestion", () => {
    const csv = "Notes,Body\nnot this,this one";
    const result = parseStatementCsv(utf8(csv), { mapping: { Body: "text" } });
    expect(result.ok && result.statements.map((statement) => statement.text)).toEqual(["this one"]);
  });

  it("returns the preview with the refusal when no column holds the text, so a mapping can be chosen", () => {
    const result = parseStatementCsv(utf8("Notes,Body\na,b"));
    expect(result).toEqual({
      ok: false,
      error: 'No column holds the statement text. Name that column "text", or choose it in the column mapping.',
      preview: { headers: ["Notes", "Body"], rows: [["a", "b"]], mapping: {} },
    });
  });

  it("refuses speaker facts without an alias column, since they could not be given to anyone", () => {
    const result = parseStatementCsv(utf8("text,Country\nhello,Syria"));
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('The columns "Country" hold facts about the speaker, but no column holds'),
      preview: expect.anything(),
    });
  });

  it("reports a row with unbalanced quotes and keeps counting rows as a spreadsheet does", () => {
    const csv = 'text,alias\n"two\nlines",A\n\nok,B\n"broken"x,C';
    const result = parseStatementCsv(utf8(csv));
    if (!result.ok) throw new Error(result.error);
    expect(result.statements.map((statement) => [statement.rowNumber, statement.text])).toEqual([
      [2, "two\nlines"],
      [4, "ok"],
    ]);
    expect(result.errors.map((error) => error.rowNumber)).toEqual([5]);
    expect(result.errors[0]?.message).toContain("Row 5: the quotes in this row do not balance");
  });

  it("detects semicolons and tabs as delimiters, as Excel writes them in some locales", () => {
    for (const csv of ["text;alias\nhello, world;A\n", "text\talias\nhello, world\tA\n"]) {
      const result = parseStatementCsv(utf8(csv));
      expect(result.ok && result.statements.map((statement) => statement.text)).toEqual(["hello, world"]);
    }
  });

  it("reads UTF-16 LE with a byte order mark, as Excel's Unicode Text is saved", () => {
    const text = "text\talias\r\nقال 😔\tA\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let utf16Index = 0; utf16Index < text.length; utf16Index++) {
      view.setUint16(2 + utf16Index * 2, text.charCodeAt(utf16Index), true);
    }
    const result = parseStatementCsv(bytes);
    expect(result.ok && result.statements.map((statement) => statement.text)).toEqual(["قال 😔"]);
  });

  it("refuses a file in another encoding, an empty file and a header without rows", () => {
    expect(parseStatementCsv(new Uint8Array([0x74, 0x65, 0x78, 0x74, 0x0a, 0xe9]))).toEqual({
      ok: false,
      error: expect.stringContaining("not UTF-8 text"),
    });
    expect(parseStatementCsv(utf8(""))).toEqual({ ok: false, error: "The CSV file is empty." });
    expect(parseStatementCsv(utf8("text,alias\r\n\r\n"))).toEqual({
      ok: false,
      error: "The CSV file has a header row but no rows of statements.",
    });
  });

  it("reads 10,000 rows of transcripts, 700 speakers among them (timed in scripts/bench/csv-parse.bench.ts)", () => {
    const result = parseStatementCsv(buildTranscriptsCsv(10_000));
    if (!result.ok) throw new Error(result.error);
    expect(result.errors).toEqual([]);
    expect(result.statements).toHaveLength(10_000);
    expect(result.speakers.size).toBe(700);
    expect(result.speakers.get("Speaker 0")).toMatchObject({ country: "Syria", defectionDate: "2013" });
  });

  describe("with a character limit", () => {
    const csv = "alias,text,notes\nA,I left.,a long note that is not counted\nB,😔 قال,x\nC,They lied.,x";

    it("imports a file whose text column is exactly at the limit, counting only that column", () => {
      // "I left." 7 + "😔 قال" 5 + "They lied." 10 = 22 code points.
      const result = parseStatementCsv(utf8(csv), { limits: { maxTotalCharacters: 22 } });
      expect(result.ok && result.statements.map((statement) => statement.text)).toEqual(["I left.", "😔 قال", "They lied."]);
    });

    it("stops at the row that passes the limit, naming it and IMPORT_MAX_CHARACTERS", () => {
      expect(parseStatementCsv(utf8(csv), { limits: { maxTotalCharacters: 11 } })).toEqual({
        ok: false,
        error:
          "There are more than 11 characters of text in the text column (the count passes the limit at row 3); this " +
          "server imports at most 11 characters at once (IMPORT_MAX_CHARACTERS). Split the file, or ask the " +
          "administrator to raise IMPORT_MAX_CHARACTERS.",
      });
    });

    it("counts the column the mapping chooses", () => {
      const result = parseStatementCsv(utf8(csv), { mapping: { text: null, notes: "text" }, limits: { maxTotalCharacters: 22 } });
      expect(result).toEqual({ ok: false, error: expect.stringContaining("passes the limit at row 2") });
    });
  });
});
