import { describe, expect, it } from "vitest";
import { judgeAlpha } from "./alpha-band";

const judge = (alpha: number | null, lower: number | null, appliedUnits = 40, minimums?: { reliable: number; tentative: number }) =>
  judgeAlpha({ alpha, lower, appliedUnits }, minimums);

describe("judgeAlpha", () => {
  it("grants a band only when the interval's lower bound reaches it too", () => {
    expect(judge(0.9, 0.82).judgement).toBe("reliable");
    expect(judge(0.8, 0.8).judgement).toBe("reliable");
    expect(judge(0.9, 0.7)).toEqual({ judgement: "tentative", label: "tentative: the interval reaches below 0.800" });
    expect(judge(0.75, 0.7).judgement).toBe("tentative");
  });

  it("calls an estimate whose interval reaches below the tentative minimum uncertain, never reliable", () => {
    expect(judge(0.85, -0.055)).toEqual({ judgement: "uncertain", label: "uncertain: the interval reaches below 0.667" });
    expect(judge(0.7, 0.6).judgement).toBe("uncertain");
  });

  it("calls an estimate below the tentative minimum not reliable, whatever its interval", () => {
    expect(judge(0.6669, 0.5)).toEqual({ judgement: "unreliable", label: "not reliable" });
    expect(judge(-0.3, null).judgement).toBe("unreliable");
  });

  it("says when the estimate alone decided", () => {
    expect(judge(0.9, null)).toEqual({ judgement: "reliable", label: "reliable by the estimate alone (no interval)" });
  });

  it("does not judge a code that too few units carry, nor an undefined alpha", () => {
    expect(judge(1, 1, 9)).toEqual({ judgement: "too_few_units", label: "too few units to judge (9 carry the code; 10 needed)" });
    expect(judge(null, null).judgement).toBe("undefined");
  });

  it("follows the minimums it is given", () => {
    expect(judge(0.75, 0.72, 40, { reliable: 0.7, tentative: 0.6 }).judgement).toBe("reliable");
    expect(judge(0.75, 0.72, 40, { reliable: 0.9, tentative: 0.8 }).judgement).toBe("unreliable");
  });
});
