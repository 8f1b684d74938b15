import { describe, expect, it } from "vitest";
import { parseQdc } from "./parse-qdc";
import { testimonyProject } from "./testimony-project.test-support";
import type { RefiCodebook } from "./types";
import { writeQdc } from "./write-qdc";
import { schemaErrors } from "./xmllint.test-support";

const codebook: RefiCodebook = {
  origin: null,
  codes: testimonyProject().codes,
  sets: [{ guid: "e7d6c5b4-a392-4817-8f6e-5d4c3b2a1908", name: "Causes", description: "Why people left.", codeGuids: ["4a26e4c4-f81b-47b5-9686-9306538a3d4b"] }],
};

describe("writeQdc", () => {
  it("writes a codebook valid against Codebook.xsd that imports back unchanged", () => {
    const result = writeQdc(codebook);
    if (!result.ok) throw new Error(result.error.message);
    expect(schemaErrors(result.value, "Codebook.xsd")).toBe("");
    const back = parseQdc(result.value);
    expect(back).toMatchObject({ ok: true, value: { origin: "Testimony Coder", codes: codebook.codes, sets: codebook.sets, warnings: [] } });
  });

  it("leaves out an empty <Sets/>, which Codebook.xsd refuses", () => {
    const result = writeQdc({ ...codebook, sets: [] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).not.toContain("<Sets");
    expect(schemaErrors(result.value, "Codebook.xsd")).toBe("");
  });

  it("refuses an empty codebook and sets naming unknown codes", () => {
    expect(writeQdc({ origin: null, codes: [], sets: [] })).toEqual({
      ok: false,
      error: { code: "invalid-export", message: "The codebook cannot be exported as REFI-QDA: A codebook needs at least one code." },
    });
    const unknown = { ...codebook, sets: [{ ...codebook.sets[0]!, codeGuids: ["00000000-0000-4000-8000-000000000000"] }] };
    expect(writeQdc(unknown)).toMatchObject({ ok: false, error: { message: expect.stringContaining('Set "Causes" refers to 00000000-') } });
  });
});
