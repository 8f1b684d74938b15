import type { DashboardCode, DashboardFilterOptions, DashboardFormValues } from "./dashboard-types";

/** The filters of a report in words, for its header, so a printed copy says what its figures rest on. */
export function describeFilters(values: DashboardFormValues, { codes, options }: { codes: readonly DashboardCode[]; options: DashboardFilterOptions }): string[] {
  const unit = values.unit ?? "sentence";
  const list = (name: string, nameOf: (value: string) => string) => (values[name] ? values[name].split(",").map(nameOf).join(", ") : "all");
  const lines = [
    `Unit: ${unit}${unit === "sentence" || unit === "paragraph" ? `, a span must cover at least ${values.min_coverage ?? "0.5"} of it` : ""}`,
    `Codes: ${list("codes", (id) => codes.find((code) => String(code.id) === id)?.name ?? id)}`,
    `Coders: ${list("coders", (login) => login)}`,
  ];
  const facts = (["region", "country", "gender"] as const).filter((fact) => values[fact]).map((fact) => `${fact} ${values[fact]}`);
  if (facts.length > 0) lines.push(`Speakers: ${facts.join(", ")}`);
  if (values.batch) lines.push(`Import batch: ${options.batches.find((batch) => String(batch.id) === values.batch)?.label ?? values.batch}`);
  if (values.round) lines.push(`Round: ${values.round}${Number(values.round) > 1 ? `, compared with round ${Number(values.round) - 1}` : ""}`);
  lines.push(`Bands: reliable from ${values.reliable_min ?? "0.800"}, tentative from ${values.tentative_min ?? "0.667"}, each reached by the 95% interval too`);
  if (values.from || values.to) lines.push(`Coded (submitted): from ${values.from ?? "the start"} until before ${values.to ?? "now"}`);
  lines.push(values.include_in_progress === "1" ? "Documents: submitted and in progress" : "Documents: submitted");
  return lines;
}
