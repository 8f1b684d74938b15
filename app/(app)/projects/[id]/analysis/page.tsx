import { redirect } from "next/navigation";
import type { PageProps } from "./load-analysis-page";

/** The analysis opens on its first page, filters kept. */
export default async function AnalysisPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  redirect(`/projects/${encodeURIComponent(id)}/analysis/speakers${query.size ? `?${query}` : ""}`);
}
