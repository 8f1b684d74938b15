import { describe, expect, it } from "vitest";
import { filterFromParams, filterToSearch } from "./document-filter-params";
import { noFilter } from "./filter-assigned-documents";

describe("filterFromParams and filterToSearch", () => {
  it("round-trip a filter with status, facts and an Arabic search", () => {
    const filter = { status: "in_progress" as const, query: "أبو عمر", facts: { speakerCountry: "Syria", speakerRegion: "", speakerGender: "male" } };
    const search = filterToSearch(filter);
    expect(search).toBe("?status=in_progress&q=%D8%A3%D8%A8%D9%88+%D8%B9%D9%85%D8%B1&country=Syria&gender=male");
    expect(filterFromParams(Object.fromEntries(new URLSearchParams(search)))).toEqual(filter);
  });

  it("gives no query string for no filter and ignores unknown statuses and repeated values", () => {
    expect(filterToSearch(noFilter)).toBe("");
    expect(filterFromParams({ status: "finished", q: ["a", "b"] })).toMatchObject({ status: "all", query: "" });
  });
});
