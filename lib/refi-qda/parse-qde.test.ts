import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQde } from "./parse-qde";
import { refiQdaFormatsDir } from "./shared-formats.test-support";

const atlasSample = path.join(refiQdaFormatsDir, "samples/atlasti8mac-skyloom-standard-project/atlasti8mac-skyloom-standard-project.qde");

const CODE = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f";
const SOURCE = "0f6e2a1c-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

function parsed(xml: string) {
  const result = parseQde(xml);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("parseQde", () => {
  it("imports the standard's example: a coding after an emoji lands on the words the file means", () => {
    // example-project.qde codes 72–96, "the rent is far too high"; JavaScript's indexOf says 73 (the emoji is 2 units).
    const project = parsed(readFileSync(path.join(refiQdaFormatsDir, "example-project.qde"), "utf8"));
    expect(project.users).toEqual([{ guid: "dc256e85-af8b-493a-912b-6ed999caeff0", name: "Alice Example", id: "AE" }]);
    expect(project.codes[0]).toMatchObject({ name: "Housing costs", color: "#1F77B4", isCodable: true, children: [] });
    expect(project.codes[0]?.description).toBe("Talk about rent, mortgages or the cost of housing.");
    expect(project.sources[0]).toMatchObject({ name: "interview-01.txt", original: { textFrom: "inline", positionUnit: "codePoints" } });
    expect(project.codings).toMatchObject([
      { start: 72, end: 96, quote: "the rent is far too high", codeGuid: "b2d128f6-fcd9-48ba-8abb-eb94474c6e8a", userGuid: "dc256e85-af8b-493a-912b-6ed999caeff0" },
    ]);
    expect(project.warnings).toEqual([]);
  });

  it("keeps a carriage return written as &#13; and moves positions after it", () => {
    // The tool counted "a\r\nb" (CR as &#13;): "b" is 3–4 there, 2–3 once the text is LF.
    const project = parsed(`<Project xmlns="urn:QDA-XML:project:1.0" name="p">
      <CodeBook><Codes><Code guid="${CODE}" name="c" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="s"><PlainTextContent>a&#13;
b</PlainTextContent><PlainTextSelection guid="${SOURCE.replace("0f", "1f")}" startPosition="3" endPosition="4"><Coding guid="${CODE.replace("7c", "8c")}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection></TextSource></Sources>
    </Project>`);
    expect(project.sources[0]).toMatchObject({ text: "a\nb", original: { lineEndings: "CRLF" } });
    expect(project.codings[0]).toMatchObject({ start: 2, end: 3, quote: "b" });
  });

  it("reads codes nested eight levels deep", () => {
    const guid = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;
    let codes = "";
    for (let level = 8; level >= 1; level--) codes = `<Code guid="${guid(level)}" name="level ${level}" isCodable="true">${codes}</Code>`;
    const project = parsed(`<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>${codes}</Codes></CodeBook></Project>`);
    let code = project.codes[0];
    for (let level = 1; level < 8; level++) code = code?.children[0];
    expect(code).toMatchObject({ guid: guid(8), name: "level 8", children: [] });
  });

  it("lists texts that live in files a bare .qde does not carry, and says to import the .qdpx", () => {
    const project = parsed(`<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>
      <TextSource guid="${SOURCE}" name="Interview" plainTextPath="internal://${SOURCE}.txt"/></Sources></Project>`);
    expect(project.sources).toEqual([]);
    expect(project.warnings).toEqual([
      '1 source was not imported because a bare .qde file does not carry the text files; import the .qdpx export to bring them in: "Interview".',
    ]);
  });

  it("says everything of the ATLAS.ti standard project it could not bring in", () => {
    // The REFI-QDA vendor test project: text, PDF, picture, audio and video sources, but no text files (a bare .qde).
    // Its "Mabêl 2ième.txt" is written with combining accents, and stays so.
    const project = parsed(readFileSync(atlasSample, "utf8"));
    expect(project.codes).toHaveLength(14);
    expect(project.sets).toHaveLength(16);
    // Its code sets come in whole; its source sets come in empty, as none of their sources could.
    expect(project.sets.find((set) => set.name === "negative feelings")?.codeGuids).toEqual([
      "9F43FE32-C2CB-4BA8-B766-A0734C826E49",
      "BA1EB6DF-89AC-4D11-B69F-929012A16FD4",
      "D2C1E38E-5220-42FA-A442-908471CC7964",
      "7988DAC2-ADBD-4258-A81E-71489189F5B5",
    ]);
    expect(project.sets.find((set) => set.name === "Text files")).toMatchObject({ codeGuids: [], sourceGuids: [] });
    // Its two notes belong to no item, so they are the project's memos.
    expect(project.description).toBe(
      "Research Plan: This is a great project by a dynamic team of researcher-developers. \n\n" +
        "My favorite Coke ad: This version is much better than the new Director’s cut ",
    );
    expect(project.warnings).toEqual([
      '4 picture, audio or video sources were not imported, as Testimony Coder imports text only: "cornflakes-n-milk.jpg", ' +
        '"Jeanine\'s Breakfast.m4a", "1960s Coca Cola commercial.mp4", "1994 Diet Coke-Diet Coke Break.mp4".',
      "8 sources were not imported because a bare .qde file does not carry the text files; import the .qdpx export to bring " +
        'them in: "1960s Coca Cola commercial - Audio.docx", "1960s Coca Cola commercial - Visual.docx", ' +
        '"1994 Diet Coke-Diet Coke Break.docx", "Mabe\u0302l 2ie\u0300me.txt", "Mabel.txt" and 3 more.',
      "16 codings were not imported: they sat on sources that were not imported.",
      "3 transcripts of audio or video sources were not imported.",
      "23 set members that were a note, or a code or source not imported, were left out of 11 sets: " +
        '"Mabel", "gender: male", "Simon", "Text files", "gender: female" and 6 more.',
      "1 link was not imported.",
      "1 graph was not imported.",
    ]);
  });

  it("keeps a set's codes and sources, and names the sets it left out or took members from", () => {
    const project = parsed(`<Project xmlns="urn:QDA-XML:project:1.0" name="p">
      <CodeBook><Codes><Code guid="${CODE}" name="c" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="s"><PlainTextContent>text</PlainTextContent></TextSource></Sources>
      <Sets><Set guid="${SOURCE.replace("0f", "2f")}" name="Both"><Description>why</Description>
        <MemberCode targetGUID="{${CODE.toUpperCase()}}"/><MemberSource targetGUID="${SOURCE}"/>
        <MemberSource targetGUID="${CODE.replace("7c", "9c")}"/></Set>
      <Set name="No GUID"/></Sets></Project>`);
    expect(project.sets).toEqual([{ guid: SOURCE.replace("0f", "2f"), name: "Both", description: "why", codeGuids: [CODE], sourceGuids: [SOURCE] }]);
    expect(project.warnings).toEqual([
      '1 set without a GUID was left out: "No GUID".',
      '1 set member that was a note, or a code or source not imported, was left out of 1 set: "Both".',
    ]);
  });

  it("reports a coding on a whole source rather than a passage", () => {
    const project = parsed(`<Project xmlns="urn:QDA-XML:project:1.0" name="p">
      <CodeBook><Codes><Code guid="${CODE}" name="c" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="s"><PlainTextContent>text</PlainTextContent>
      <Coding guid="${CODE.replace("7c", "8c")}"><CodeRef targetGUID="${CODE}"/></Coding></TextSource></Sources></Project>`);
    expect(project.unplacedCodings).toMatchObject([{ selectionKind: "source", selectionGuid: null, reason: "whole-source", codeGuid: CODE }]);
  });

  it("warns when the root element is not in the REFI-QDA namespace, and reads it anyway", () => {
    expect(parsed('<Project name="p"/>').warnings).toEqual([
      'The project declares the namespace "none", not urn:QDA-XML:project:1.0; it was read as REFI-QDA anyway.',
    ]);
  });

  it("refuses a DOCTYPE, the way in for entity bombs", () => {
    const bomb = '<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><Project name="&b;"/>';
    expect(parseQde(bomb)).toEqual({
      ok: false,
      error: { code: "invalid-xml", message: "The .qde file declares a DOCTYPE, which REFI-QDA files never do; it was refused for safety." },
    });
  });

  it("says where XML is broken", () => {
    expect(parseQde('<Project name="p"><Users></Project>')).toMatchObject({
      ok: false,
      error: { code: "invalid-xml", message: expect.stringMatching(/^The \.qde file is not well-formed XML \(line 1, column \d+\): /) },
    });
  });

  it("says when the file is a codebook, not a project", () => {
    expect(parseQde(readFileSync(path.join(refiQdaFormatsDir, "example-codebook.qdc")))).toEqual({
      ok: false,
      error: { code: "wrong-document", message: "This file is a REFI-QDA codebook (.qdc), not a project; import it as a codebook." },
    });
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(parseQde(Uint8Array.from([0x3c, 0x50, 0xff, 0x3e]))).toMatchObject({ ok: false, error: { code: "invalid-xml" } });
  });

  it("refuses embedded texts of more characters than the limit, naming the source and IMPORT_MAX_CHARACTERS", () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>
      <TextSource guid="${SOURCE}" name="first"><PlainTextContent>😔 قال</PlainTextContent></TextSource>
      <TextSource guid="${CODE}" name="second"><PlainTextContent>I left.</PlainTextContent></TextSource></Sources></Project>`;
    // "😔 قال" is 5 code points, "I left." 7.
    expect(parseQde(xml, { limits: { maxTotalCharacters: 12 } })).toMatchObject({ ok: true });
    expect(parseQde(xml, { limits: { maxTotalCharacters: 11 } })).toEqual({
      ok: false,
      error: { code: "too-large", message: expect.stringMatching(/^There are more than 11 characters .*at source "second".*IMPORT_MAX_CHARACTERS/) },
    });
  });
});
