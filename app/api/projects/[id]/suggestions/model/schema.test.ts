import { describe, expect, it } from "vitest";
import { describeIssues } from "@/server/api-route";
import { trainModelBody } from "./schema";

const issues = (body: unknown) => {
  const parsed = trainModelBody.safeParse(body);
  return parsed.success ? null : describeIssues(parsed.error);
};

describe("trainModelBody", () => {
  it("fills in 5 folds, no applying and the most useful order, and takes folds typed into a form", () => {
    expect(trainModelBody.parse({ from: "coder:ana" })).toEqual({ from: "coder:ana", folds: 5, apply: false, order: "useful" });
    expect(trainModelBody.parse({ from: "agreed", folds: "3", apply: true, order: "uncertain" })).toMatchObject({ folds: 3, apply: true, order: "uncertain" });
  });

  it("says in words what is wrong with a layer, folds, order or an unknown key", () => {
    expect(issues({ from: "coder:" })).toBe("from: Choose the layer to learn from: consensus, agreed or coder:LOGIN.");
    expect(issues({ from: "consensus", folds: 11 })).toBe("folds: Folds must be a whole number from 2 to 10.");
    expect(issues({ from: "consensus", order: "random" })).toBe('order: The order is "useful" or "uncertain".');
    expect(issues({ from: "consensus", limit: 3 })).toMatch(/limit/);
  });
});
