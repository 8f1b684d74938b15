import { describe, expect, it } from "vitest";
import { formatCitation } from "./format-citation";
import { passageHref } from "./passage-href";

describe("formatCitation", () => {
  const passage = {
    quote: "They were Sunni men like us",
    speaker: { alias: "Abu Omar", country: "Syria", gender: "male", defectionDate: "2015-01" },
    title: "Interview",
    statementDate: "2015-02-14",
    sourceName: "Regional newspaper",
    documentId: 12,
    start: 120,
    end: 147,
    url: `https://example.org${passageHref(12, 120, 147)}`,
  };

  it("cites speaker, statement, source and the passage's place", () => {
    expect(formatCitation(passage)).toBe(
      "“They were Sunni men like us” — Abu Omar (Syria, male, defected 2015-01); “Interview”, 2015-02-14, Regional newspaper; " +
        "statement 12, code points 120–147. https://example.org/documents/12#120-147",
    );
  });

  it("writes unknown facts as unknown and leaves out a missing source", () => {
    const unknown = { ...passage, speaker: { alias: "X", country: null, gender: " ", defectionDate: null }, statementDate: null, sourceName: null };
    expect(formatCitation(unknown)).toContain("— X (unknown, unknown, defected unknown); “Interview”, unknown; statement 12");
    expect(formatCitation({ ...passage, speaker: null })).toContain("— unknown speaker;");
  });
});
