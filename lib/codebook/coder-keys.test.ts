import { describe, expect, it } from "vitest";
import { applyCoderKeys, assignCoderKey, parseCodeIdList, parseCoderKeys } from "./coder-keys";

const codes = [
  { id: 1, key: "1", isGroup: false },
  { id: 2, key: "2", isGroup: false },
  { id: 3, key: null, isGroup: false },
  { id: 4, key: "4", isGroup: true },
  { id: 5, key: "q", isGroup: false },
];
const keysOf = (coderKeys: Record<string, number | null>) => applyCoderKeys(codes, coderKeys).map((code) => code.key);

describe("applyCoderKeys", () => {
  it("keeps the codebook's shortcuts where the coder changed nothing, but never on a group", () => {
    expect(keysOf({})).toEqual(["1", "2", null, null, "q"]);
  });

  it("moves a digit the coder gave to another code, and takes away one the coder cleared", () => {
    expect(keysOf(assignCoderKey({}, "2", 3))).toEqual(["1", null, "2", null, "q"]);
    expect(keysOf(assignCoderKey({}, "1", null))).toEqual([null, "2", null, null, "q"]);
  });

  it("gives a code one key: a second digit replaces the first", () => {
    const twice = assignCoderKey(assignCoderKey({}, "5", 3), "6", 3);
    expect(twice).toEqual({ "6": 3 });
    expect(keysOf(twice)).toEqual(["1", "2", "6", null, "q"]);
  });

  it("replaces the codebook's digit of a code the coder keyed", () => {
    expect(keysOf(assignCoderKey({}, "5", 1))).toEqual(["5", "2", null, null, "q"]);
  });

  it("ignores a digit given to a code that is gone or became a group", () => {
    expect(keysOf({ "7": 99, "8": 4 })).toEqual(["1", "2", null, null, "q"]);
  });
});

describe("parseCoderKeys", () => {
  it("reads digits 1–9 mapped to code ids or null", () => {
    expect(parseCoderKeys({ "1": 12, "2": null })).toEqual({ "1": 12, "2": null });
    expect(parseCoderKeys({})).toEqual({});
  });

  it("refuses anything else: digit 0, a key that is no digit, an id that is no whole number, arrays, null", () => {
    for (const value of [{ "0": 1 }, { a: 1 }, { "1": 1.5 }, { "1": "12" }, [12], null, "1"]) expect(parseCoderKeys(value)).toBeNull();
  });
});

describe("parseCodeIdList", () => {
  it("reads up to `max` whole code ids and refuses a longer list or other values", () => {
    expect(parseCodeIdList([3, 1], 5)).toEqual([3, 1]);
    expect(parseCodeIdList([1, 2, 3], 2)).toBeNull();
    expect(parseCodeIdList([1, "2"], 5)).toBeNull();
    expect(parseCodeIdList({ 0: 1 }, 5)).toBeNull();
  });
});
