import { guidKey } from "./guid-key";
import type { RefiCase, RefiVariable } from "./types";

/** The facts the app keeps about a speaker; each travels as one variable of the speaker's case. */
export type SpeakerFacts = {
  country: string | null;
  region: string | null;
  gender: string | null;
  /** ISO 8601, possibly partial ("2015", "2015-03", "2015-03-08"); so it travels as Text, not as xsd:date. */
  defectionDate: string | null;
};

type Fact = keyof SpeakerFacts;

/**
 * The variables speaker facts are exported as. Their GUIDs are fixed, so every export of every project uses the
 * same ones and an import of our own file finds them again. Add them to a project's `variables` when its cases
 * come from toSpeakerCase.
 */
export const SPEAKER_VARIABLES: Record<Fact, RefiVariable> = {
  country: { guid: "8a73c73a-0e0a-40b6-be2b-52705e844358", name: "Country", type: "Text" },
  region: { guid: "16300927-fe04-458d-904c-517df37ec144", name: "Region", type: "Text" },
  gender: { guid: "acd36a3d-62e8-4937-b1d5-a2390f4e89c0", name: "Gender", type: "Text" },
  defectionDate: {
    guid: "87d6ed87-7967-49f7-9441-b27da22f76d8",
    name: "Date of defection",
    type: "Text",
    description: "ISO 8601 date, possibly partial: 2015, 2015-03 or 2015-03-08.",
  },
};

// Names other tools' projects may use for the same facts, compared in lower case.
const ALIASES: Record<Fact, string[]> = {
  country: ["country", "country of origin", "nationality"],
  region: ["region", "province", "home region"],
  gender: ["gender", "sex"],
  defectionDate: ["date of defection", "defection date", "defection"],
};

const FACTS = Object.keys(SPEAKER_VARIABLES) as Fact[];

/** A speaker as a REFI-QDA case: one value per known fact (facts that are null are left out). */
export function toSpeakerCase(speaker: { guid: string; name: string; sourceGuids: string[] } & SpeakerFacts): RefiCase {
  return {
    guid: speaker.guid,
    name: speaker.name,
    values: FACTS.flatMap((fact) =>
      speaker[fact] === null ? [] : [{ variableGuid: SPEAKER_VARIABLES[fact].guid, value: speaker[fact] }],
    ),
    sourceGuids: speaker.sourceGuids,
  };
}

/**
 * The speaker facts a case carries: values of our own variables (by GUID), or of variables another tool named
 * like them ("Sex" for gender, "Defection date"). Non-text values are turned into text.
 */
export function readSpeakerFacts(speakerCase: RefiCase, variables: RefiVariable[]): SpeakerFacts {
  const factByVariable = new Map<string, Fact>();
  for (const variable of variables) {
    const fact =
      FACTS.find((candidate) => guidKey(SPEAKER_VARIABLES[candidate].guid) === guidKey(variable.guid)) ??
      FACTS.find((candidate) => ALIASES[candidate].includes(variable.name.trim().toLowerCase()));
    if (fact !== undefined) factByVariable.set(guidKey(variable.guid), fact);
  }
  const facts: SpeakerFacts = { country: null, region: null, gender: null, defectionDate: null };
  for (const { variableGuid, value } of speakerCase.values) {
    const fact = factByVariable.get(guidKey(variableGuid));
    if (fact !== undefined && value !== null) facts[fact] = String(value);
  }
  return facts;
}
