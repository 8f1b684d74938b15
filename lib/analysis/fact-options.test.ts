import { describe, expect, it } from "vitest";
import { factOptions } from "./fact-options";
import { testCorpus } from "./test-corpus";

describe("factOptions", () => {
  it("offers every value of each fact once, unknown last", () => {
    expect(factOptions(testCorpus.speakers)).toEqual({
      region: ["Syria", "Central, South and Southeast Asia", "Other Middle East", "Turkey", "Western Europe and Australia", "unknown"],
      country: ["Syria", "Belgium", "Indonesia", "Iraq", "Turkey", "unknown"],
      gender: ["male", "female", "unknown"],
    });
  });
});
