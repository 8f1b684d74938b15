import Link from "next/link";
import type { ReactNode } from "react";
import type { FactFilter } from "@/lib/analysis/types";
import { AnalysisFilterForm } from "./analysis-filter-form";
import { ShareToggle } from "./share-toggle";
import "./analysis.css";

export const ANALYSIS_TABS = [
  ["speakers", "Speakers"],
  ["timeline", "Timeline"],
  ["narratives", "Narratives"],
  ["quotes", "Quote bank"],
  ["search", "Search"],
] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number][0];

export type AnalysisFrameProps = {
  project: { id: number; name: string; analysisShared: boolean };
  role: "supervisor" | "coder";
  tab: AnalysisTab;
  /** The filters as typed (source as resolved), for the form and for the tabs' links. */
  values: Record<string, string>;
  /** The page's own parameters, kept when the filters change. */
  keep: Record<string, string>;
  sourceOptions: { value: string; label: string }[];
  factOptions: Record<FactFilter, string[]>;
  filtersText: string | null;
  baseText: string | null;
  /** A warning that the chosen layer covers only part of the selection, shown beside the base. */
  layerNote: string | null;
  error: string | null;
};

/**
 * An analysis page: the tabs, the filters, the base every figure rests on, and for supervisors the switch that shares
 * the analysis with coders. The filters travel with the tabs, so every page shows the same selection.
 */
export function AnalysisFrame({ frame, children }: { frame: AnalysisFrameProps; children: ReactNode }) {
  const filterQuery = new URLSearchParams(Object.entries(frame.values).filter(([, value]) => value !== "")).toString();
  return (
    <div className="analysis">
      <h1>Corpus analysis: {frame.project.name}</h1>
      <nav aria-label="Analysis">
        <ul className="analysis-tabs">
          {ANALYSIS_TABS.map(([tab, label]) => (
            <li key={tab}>
              <Link href={`/projects/${frame.project.id}/analysis/${tab}${filterQuery ? `?${filterQuery}` : ""}`} aria-current={tab === frame.tab ? "page" : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {frame.role === "supervisor" && <ShareToggle projectId={frame.project.id} shared={frame.project.analysisShared} />}
      <AnalysisFilterForm frame={frame} />
      {frame.error ? (
        <p className="error" role="alert">
          These filters cannot be used: {frame.error}
        </p>
      ) : (
        <ul className="analysis-base" aria-label="Filters and base">
          <li>Filters: {frame.filtersText}</li>
          <li>Base: {frame.baseText}</li>
        </ul>
      )}
      {!frame.error && frame.layerNote && (
        <p className="notice" role="note">
          {frame.layerNote}
        </p>
      )}
      {!frame.error && children}
    </div>
  );
}
