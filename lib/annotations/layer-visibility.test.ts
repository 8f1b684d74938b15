import { describe, expect, it } from "vitest";
import { checkLayerVisibility } from "./layer-visibility";

const ask = (callerRole: "coder" | "supervisor", revealed: boolean, submitted: boolean) =>
  checkLayerVisibility({ callerRole, revealed, ownerSubmitted: () => submitted, ownerLogin: "coder1" });

describe("checkLayerVisibility", () => {
  it("hides another coder's layer from a coder until the project's annotations are revealed, submitted or not", () => {
    expect(ask("coder", false, true)).toEqual({ ok: false, kind: "forbidden", error: expect.stringContaining("blind coding") });
    expect(ask("coder", true, false)).toEqual({ ok: true });
  });

  it("shows a supervisor a coder's submitted layer, and an unsubmitted one only when revealed", () => {
    expect(ask("supervisor", false, true)).toEqual({ ok: true });
    expect(ask("supervisor", false, false)).toEqual({ ok: false, kind: "forbidden", error: expect.stringContaining("coder1 has not submitted") });
    expect(ask("supervisor", true, false)).toEqual({ ok: true });
  });

  it("does not look at the other coder's submission when refusing a coder", () => {
    let asked = false;
    checkLayerVisibility({ callerRole: "coder", revealed: false, ownerLogin: "x", ownerSubmitted: () => (asked = true) });
    expect(asked).toBe(false);
  });
});
