"use client";

import { useQuery } from "@tanstack/react-query";
import type { SuggestionModelAnswer } from "@/lib/suggest/suggestion-model-json";
import { fetchJson } from "../fetch-json";

export const suggestionModelKeys = { project: (projectId: number) => ["projects", projectId, "suggestion-model"] as const };

/** The project's last trained model and its evaluation; the page hands in what it read on the server. */
export function useSuggestionModel(projectId: number, initialData: SuggestionModelAnswer) {
  return useQuery({
    queryKey: suggestionModelKeys.project(projectId),
    queryFn: () => fetchJson<SuggestionModelAnswer>(`/api/projects/${projectId}/suggestions/model`),
    initialData,
  });
}
