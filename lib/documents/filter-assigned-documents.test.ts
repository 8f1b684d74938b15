import { describe, expect, it } from "vitest";
import { type AssignedDocument, factValues, filterAssignedDocuments, foldForSearch, noFilter } from "./filter-assigned-documents";

const row = (id: number, title: string, status: AssignedDocument["status"], country: string | null = null, gender: string | null = null): AssignedDocument => ({
  id,
  title,
  status,
  speakerAlias: null,
  speakerCountry: country,
  speakerRegion: null,
  speakerGender: gender,
});

const rows = [
  row(1, "Abu Omar, recorded testimony", "submitted", "Syria", "male"),
  row(2, "أبو عمر، شهادة مسجلة", "in_progress", "Syria", "male"),
  row(3, "Umm Yusuf, radio interview", "assigned", "Iraq", "female"),
  row(4, "Café conversation", "assigned", null, null),
];
const ids = (filtered: AssignedDocument[]) => filtered.map((document) => document.id);

describe("filterAssignedDocuments", () => {
  it("filters by status, unfinished meaning assigned or in progress", () => {
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, status: "submitted" }))).toEqual([1]);
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, status: "unfinished" }))).toEqual([2, 3, 4]);
  });

  it("filters by speaker facts together", () => {
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, facts: { speakerCountry: "Syria", speakerGender: "male" } }))).toEqual([1, 2]);
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, facts: { speakerCountry: "" } }))).toEqual([1, 2, 3, 4]);
  });

  it("searches titles ignoring case, accents and Arabic short vowels", () => {
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, query: "cafe" }))).toEqual([4]);
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, query: "RADIO umm" }))).toEqual([3]);
    expect(ids(filterAssignedDocuments(rows, { ...noFilter, query: "شَهادة" }))).toEqual([2]);
  });
});

describe("foldForSearch", () => {
  it("drops combining marks, Arabic harakat and tatweel", () => {
    expect(foldForSearch("E\u0301mir")).toBe("emir");
    expect(foldForSearch("جَـهاد")).toBe("جهاد");
  });
});

describe("factValues", () => {
  it("lists the known values once each, sorted", () => {
    expect(factValues(rows, "speakerCountry")).toEqual(["Iraq", "Syria"]);
  });
});
