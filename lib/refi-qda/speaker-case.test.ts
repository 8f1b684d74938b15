import { describe, expect, it } from "vitest";
import { readSpeakerFacts, SPEAKER_VARIABLES, toSpeakerCase } from "./speaker-case";
import type { RefiVariable } from "./types";

describe("toSpeakerCase", () => {
  it("gives each known fact a value of its fixed variable and leaves unknown facts out", () => {
    const speakerCase = toSpeakerCase({
      guid: "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8",
      name: "Speaker 1",
      country: "North Korea",
      region: null,
      gender: "male",
      defectionDate: "2015-03",
      sourceGuids: ["a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"],
    });
    expect(speakerCase.values).toEqual([
      { variableGuid: SPEAKER_VARIABLES.country.guid, value: "North Korea" },
      { variableGuid: SPEAKER_VARIABLES.gender.guid, value: "male" },
      { variableGuid: SPEAKER_VARIABLES.defectionDate.guid, value: "2015-03" },
    ]);
    expect(speakerCase.sourceGuids).toEqual(["a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"]);
  });
});

describe("readSpeakerFacts", () => {
  it("reads our own variables back by GUID", () => {
    const facts = { country: "China", region: "Jilin", gender: "female", defectionDate: "2019-11-02" };
    const speakerCase = toSpeakerCase({ guid: "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8", name: "S", sourceGuids: [], ...facts });
    expect(readSpeakerFacts(speakerCase, Object.values(SPEAKER_VARIABLES))).toEqual(facts);
  });

  it("recognises another tool's variables by name, and turns other types into text", () => {
    const variables: RefiVariable[] = [
      { guid: "11111111-1111-4111-8111-111111111111", name: "Sex", type: "Text" },
      { guid: "22222222-2222-4222-8222-222222222222", name: "Defection date", type: "Date" },
      { guid: "33333333-3333-4333-8333-333333333333", name: "Age", type: "Integer" },
    ];
    const speakerCase = {
      guid: "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8",
      values: [
        { variableGuid: "11111111-1111-4111-8111-111111111111", value: "F" },
        { variableGuid: "22222222-2222-4222-8222-222222222222", value: "2011-06-30" },
        { variableGuid: "33333333-3333-4333-8333-333333333333", value: 34 },
      ],
      sourceGuids: [],
    };
    expect(readSpeakerFacts(speakerCase, variables)).toEqual({ country: null, region: null, gender: "F", defectionDate: "2011-06-30" });
  });
});
