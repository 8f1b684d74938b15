import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQdc } from "./parse-qdc";
import { refiQdaFormatsDir } from "./shared-formats.test-support";

describe("parseQdc", () => {
  it("imports the standard's example codebook with its set", () => {
    const result = parseQdc(readFileSync(path.join(refiQdaFormatsDir, "example-codebook.qdc")));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual({
      origin: "hand-written example",
      codes: [
        {
          guid: "b2d128f6-fcd9-48ba-8abb-eb94474c6e8a",
          name: "Housing costs",
          color: "#1F77B4",
          description: "Talk about rent, mortgages or the cost of housing.",
          isCodable: true,
          children: [],
        },
        { guid: "4a26e4c4-f81b-47b5-9686-9306538a3d4b", name: "Work", color: "#FF7F0E", description: null, isCodable: true, children: [] },
      ],
      sets: [
        {
          guid: "deed5fc7-8c2b-4e40-a4f3-991f3fe0cc3c",
          name: "Economic themes",
          description: null,
          codeGuids: ["b2d128f6-fcd9-48ba-8abb-eb94474c6e8a", "4a26e4c4-f81b-47b5-9686-9306538a3d4b"],
        },
      ],
      warnings: [],
      file: { namespace: "urn:QDA-XML:codebook:1.0" },
    });
  });

  it("drops a colour with alpha and says so", () => {
    const result = parseQdc(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="b2d128f6-fcd9-48ba-8abb-eb94474c6e8a" name="Rent" isCodable="1" color="#1F77B4FF"/></Codes></CodeBook>`);
    expect(result).toMatchObject({
      ok: true,
      value: { codes: [{ color: null, isCodable: true }], warnings: ['1 code colour not in #RRGGBB form was dropped: "Rent (#1F77B4FF)".'] },
    });
  });

  it("says when the file is a project, not a codebook", () => {
    expect(parseQdc(readFileSync(path.join(refiQdaFormatsDir, "example-project.qde")))).toMatchObject({
      ok: false,
      error: { code: "wrong-document", message: "This file is a REFI-QDA project (.qde), not a codebook; import it as a project." },
    });
  });
});
