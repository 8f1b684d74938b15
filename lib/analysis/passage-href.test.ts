import { describe, expect, it } from "vitest";
import { passageFromFragment, passageHref } from "./passage-href";

describe("passageHref and passageFromFragment", () => {
  it("reads back the code point span a passage link was written with", () => {
    const href = passageHref(7, 48, 107);
    expect(href).toBe("/documents/7#48-107");
    expect(passageFromFragment(href.slice(href.indexOf("#")), 180)).toEqual({ start: 48, end: 107 });
  });

  it("accepts a passage ending exactly at the end of the text", () => {
    expect(passageFromFragment("#0-5", 5)).toEqual({ start: 0, end: 5 });
  });

  it("ignores other fragments, empty or backwards spans and spans past the text", () => {
    for (const fragment of ["", "#", "#notes", "#5", "#5-", "#-5", "#5-5", "#9-3", "#1.5-3", "#0-6"]) expect(passageFromFragment(fragment, 5)).toBeNull();
  });
});
