import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseQdpx } from "./parse-qdpx";

const utf8 = (value: string) => new TextEncoder().encode(value);
const SOURCE = "0f6e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
const CODE = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f";

/** A one-source project whose source has the given attributes and passages (positions as written). */
function project(options: { origin?: string; source?: string; selections?: string; extra?: string }): Uint8Array {
  return utf8(`<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Test" origin="${options.origin ?? "Test tool"}">
  <CodeBook><Codes><Code guid="${CODE}" name="Leaving" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${SOURCE}" ${options.source ?? `name="Interview" plainTextPath="internal://${SOURCE}.txt"`}>${options.selections ?? ""}</TextSource>
  </Sources>${options.extra ?? ""}
</Project>`);
}

function selection(guid: string, start: number, end: number, name = "", code = CODE): string {
  return `<PlainTextSelection guid="${guid}" name="${name}" startPosition="${start}" endPosition="${end}">
    <Coding guid="${guid.replace(/^.{8}/, "c0d1e2f3")}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
}

const SEL_A = "a1111111-1111-4111-8111-111111111111";
const SEL_B = "b2222222-2222-4222-8222-222222222222";

function imported(zip: Record<string, Uint8Array>) {
  const result = parseQdpx(zipSync(zip));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("parseQdpx", () => {
  it("reads a project file not called project.qde, with its texts under Sources/", () => {
    const value = imported({ "Trial.qde": project({}), [`Sources/${SOURCE}.txt`]: utf8("Hello") });
    expect(value.file.archive?.qdeEntry).toBe("Trial.qde");
    expect(value.sources[0]).toMatchObject({ name: "Interview", text: "Hello", original: { archiveEntry: `Sources/${SOURCE}.txt` } });
    expect(value.warnings).toEqual([]);
  });

  it("strips the BOM, turns CRLF into LF and moves NVivo's UTF-16 positions onto code points", () => {
    // Stored "😔 one\r\ntwo 🤣 three": NVivo writes "three" as UTF-16 15–20 (each emoji counts 2, CRLF counts 2);
    // in the LF text "😔 one\ntwo 🤣 three" it is code points 12–17.
    const stored = "\ufeff😔 one\r\ntwo 🤣 three";
    const value = imported({
      "project.qde": project({ origin: "NVivo for Windows 12.6", selections: selection(SEL_A, 15, 20) + selection(SEL_B, 3, 6) }),
      [`sources/${SOURCE}.txt`]: utf8(stored),
    });
    const [source] = value.sources;
    expect(source?.text).toBe("😔 one\ntwo 🤣 three");
    expect(source?.original).toMatchObject({ utf8Bom: true, lineEndings: "CRLF", positionUnit: "utf16" });
    expect(value.codings.map(({ start, end, quote }) => ({ start, end, quote }))).toEqual([
      { start: 12, end: 17, quote: "three" },
      { start: 2, end: 5, quote: "one" },
    ]);
  });

  it("finds a bare plainTextPath under sources/ and names an unnamed source after its file", () => {
    const value = imported({
      "project.qde": project({ source: 'plainTextPath="board_2017.txt"', selections: selection(SEL_A, 0, 5, "line:1") }),
      "sources/board_2017.txt": utf8("Hello world\n"),
    });
    expect(value.sources[0]).toMatchObject({ name: "board_2017", original: { name: null } });
    expect(value.codings[0]?.quote).toBe("Hello");
  });

  it("names an unnamed source whose file is named by its GUID after the text's first words, never the GUID", () => {
    const value = imported({
      "project.qde": project({ source: `plainTextPath="internal://${SOURCE}.txt"` }),
      [`sources/${SOURCE}.txt`]: utf8("They promised us a state of justice and gave us checkpoints.\nSecond line."),
    });
    expect(value.sources[0]!.name).toBe("They promised us a state of justice and …");
  });

  it("finds a percent-encoded plainTextPath", () => {
    const value = imported({
      "project.qde": project({ source: 'name="A" plainTextPath="internal://my%20interview.txt"' }),
      "sources/my interview.txt": utf8("Text"),
    });
    expect(value.sources[0]?.text).toBe("Text");
  });

  it("imports empty documents", () => {
    const value = imported({ "project.qde": project({}), [`sources/${SOURCE}.txt`]: new Uint8Array() });
    expect(value.sources[0]).toMatchObject({ text: "", original: { codePointLength: 0, positionUnit: null } });
  });

  it("does not place a coding where the text does not start with the passage's name", () => {
    const value = imported({
      "project.qde": project({ selections: selection(SEL_A, 0, 5, "Hello") + selection(SEL_B, 6, 11, "planet") }),
      [`sources/${SOURCE}.txt`]: utf8("Hello world"),
    });
    expect(value.codings.map((coding) => coding.quote)).toEqual(["Hello"]);
    expect(value.unplacedCodings).toMatchObject([
      { selectionGuid: SEL_B, start: 6, end: 11, reason: "name-mismatch", detail: 'the file names the passage "planet" but the text there reads "world"' },
    ]);
    expect(value.warnings).toEqual([
      '1 coding was not imported: they sit where the text does not start with the passage\'s name in the file, so their position is in doubt (for example: the file names the passage "planet" but the text there reads "world").',
    ]);
  });

  it("reports codings outside the text and codings of unknown codes", () => {
    const unknownCode = "99999999-9999-4999-8999-999999999999";
    const value = imported({
      "project.qde": project({ selections: selection(SEL_A, 3, 50) + selection(SEL_B, 0, 2, "", unknownCode) }),
      [`sources/${SOURCE}.txt`]: utf8("Hello"),
    });
    expect(value.codings).toEqual([]);
    expect(value.unplacedCodings.map((coding) => coding.reason)).toEqual(["outside-text", "unknown-code"]);
    expect(value.unplacedCodings[0]?.detail).toBe("its position 3–50 is not a passage of the text (5 characters)");
  });

  it("says which sources' texts the archive lacks", () => {
    const value = imported({ "project.qde": project({ selections: selection(SEL_A, 0, 1) }) });
    expect(value.skippedSources).toEqual([
      { guid: SOURCE, name: "Interview", kind: "TextSource", path: `internal://${SOURCE}.txt`, selectionCount: 1, reason: "text-missing" },
    ]);
    expect(value.warnings).toEqual([
      '1 source was not imported because the archive does not hold their text files: "Interview".',
      "1 coding was not imported: they sat on sources that were not imported.",
    ]);
  });

  it("warns about a text that is not UTF-8 and keeps the rest of it", () => {
    const value = imported({ "project.qde": project({}), [`sources/${SOURCE}.txt`]: Uint8Array.from([0x48, 0x69, 0xe9]) });
    expect(value.sources[0]?.text).toBe("Hi\ufffd");
    expect(value.warnings).toEqual(['1 text was not valid UTF-8; unreadable bytes became "\ufffd": Interview.']);
  });

  it("reads an empty <Sets/>", () => {
    const value = imported({ "project.qde": project({ extra: "<Sets/>" }), [`sources/${SOURCE}.txt`]: utf8("x") });
    expect(value.sets).toEqual([]);
  });

  it("prefers project.qde when the archive holds several project files", () => {
    const value = imported({ "project.qde": project({}), "backup.qde": utf8("<broken"), [`sources/${SOURCE}.txt`]: utf8("x") });
    expect(value.file.archive?.qdeEntry).toBe("project.qde");
  });

  it("refuses an archive holding a path that climbs out of its folder", () => {
    expect(parseQdpx(zipSync({ "project.qde": project({}), "../../evil.txt": utf8("x") }))).toEqual({
      ok: false,
      error: {
        code: "unsafe-archive",
        message: 'This .qdpx file was refused for safety: entry "../../evil.txt" points outside the archive\'s folder.',
      },
    });
  });

  it("refuses a project whose texts would expand past the limit before inflating them, naming IMPORT_MAX_EXPANDED_MB", () => {
    // Three texts of 780,000 bytes of one repeated sentence deflate to a few kilobytes each; under 1 MB apiece they
    // pass the compression-ratio check, so only the expanded total stops them.
    const text = utf8("I left the group in 2015. ".repeat(30_000));
    const zip = zipSync({ "project.qde": project({}), [`sources/${SOURCE}.txt`]: text, "sources/b.txt": text, "sources/c.txt": text });
    expect(zip.length).toBeLessThan(50 * 1024);
    expect(parseQdpx(zip, { limits: { maxExpandedBytes: 1024 * 1024 } })).toEqual({
      ok: false,
      error: {
        code: "too-large",
        message: expect.stringMatching(
          /^This \.qdpx file's project and source texts would expand to 2.2 MB when unpacked; this server unpacks at most 1 MB of a \.docx or \.qdpx file \(IMPORT_MAX_EXPANDED_MB\)\. Split the project, or ask the administrator to raise IMPORT_MAX_EXPANDED_MB\.$/,
        ),
      },
    });
    expect(parseQdpx(zip, { limits: { maxExpandedBytes: 3 * 1024 * 1024, maxTotalCharacters: 3_000_000 } })).toMatchObject({ ok: true });
  });

  it("stops at the first source that takes the texts past the character limit, even one text read many times", () => {
    // Three sources share one 5-character file: 15 characters in all.
    const source = (n: number) => `<TextSource guid="${SOURCE.slice(0, -1)}${n}" name="Copy ${n}" plainTextPath="internal://shared.txt"/>`;
    const qde = utf8(`<Project xmlns="urn:QDA-XML:project:1.0" name="Test"><Sources>${[1, 2, 3].map(source).join("")}</Sources></Project>`);
    const zip = zipSync({ "project.qde": qde, "sources/shared.txt": utf8("Hello") });
    expect(parseQdpx(zip, { limits: { maxTotalCharacters: 15 } })).toMatchObject({ ok: true, value: { sources: [{}, {}, {}] } });
    expect(parseQdpx(zip, { limits: { maxTotalCharacters: 14 } })).toEqual({
      ok: false,
      error: {
        code: "too-large",
        message:
          'There are more than 14 characters of text in the project\'s source texts (the count passes the limit at source "Copy 3"); ' +
          "this server imports at most 14 characters at once (IMPORT_MAX_CHARACTERS). Split the project, or ask the " +
          "administrator to raise IMPORT_MAX_CHARACTERS.",
      },
    });
  });

  it("says what is missing when the archive holds no project file", () => {
    expect(parseQdpx(zipSync({ "sources/a.txt": utf8("x") }))).toEqual({
      ok: false,
      error: {
        code: "missing-project",
        message: "This .qdpx file holds no .qde project file at its top level; is it a REFI-QDA project export?",
      },
    });
  });

  it("says when the file is not a zip at all", () => {
    expect(parseQdpx(project({}))).toMatchObject({ ok: false, error: { code: "invalid-archive" } });
  });
});
