import type { DocumentFilter, SpeakerFact } from "./filter-assigned-documents";

/** The speaker facts a coder filters by, with their labels and query-string names. */
export const filterableFacts: { fact: SpeakerFact; label: string; param: string }[] = [
  { fact: "speakerCountry", label: "Country", param: "country" },
  { fact: "speakerRegion", label: "Region", param: "region" },
  { fact: "speakerGender", label: "Gender", param: "gender" },
];

export const statusChoices: [DocumentFilter["status"], string][] = [
  ["all", "All"],
  ["unfinished", "Not submitted"],
  ["assigned", "Not started"],
  ["in_progress", "In progress"],
  ["submitted", "Submitted"],
];

/** Reads a document filter from a query string's values, so the list comes back as the coder left it. */
export function filterFromParams(params: Record<string, string | string[] | undefined>): DocumentFilter {
  const value = (name: string) => {
    const raw = params[name];
    return typeof raw === "string" ? raw : "";
  };
  const status = statusChoices.find(([choice]) => choice === value("status"))?.[0] ?? "all";
  return { status, query: value("q"), facts: Object.fromEntries(filterableFacts.map(({ fact, param }) => [fact, value(param)])) };
}

/** The query string ("" or "?…") that `filterFromParams` reads back as `filter`. */
export function filterToSearch(filter: DocumentFilter): string {
  const params = new URLSearchParams();
  if (filter.status !== "all") params.set("status", filter.status);
  if (filter.query) params.set("q", filter.query);
  for (const { fact, param } of filterableFacts) {
    const wanted = filter.facts[fact];
    if (wanted) params.set(param, wanted);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
