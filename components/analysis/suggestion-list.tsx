"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/fetch-json";
import { describeSuggestionOrigin } from "./describe-suggestion-origin";
import { suggestionKeys } from "./suggestion-keys";
import "./analysis.css";

/** A suggestion as GET /api/projects/:id/suggestions?documentId= answers it, with the caller's own decision. */
export type SuggestionRow = {
  id: number;
  codeName: string;
  codeColor: string;
  start: number;
  end: number;
  quote: string;
  origin: string;
  score: number | null;
  codePrecision: number | null;
  decision: "accepted" | "rejected" | null;
  annotationId: number | null;
};

type Decision = "accepted" | "rejected";
type Outcome = { decision: Decision; annotationId: number | null };

/**
 * The passages a supervisor suggested for this statement (for instance every hit of a search), for the coder to
 * accept into their own layer or reject, one by one. `onDecided` lets the workspace refresh the coder's annotations
 * after an acceptance. Offsets are code points.
 */
export function SuggestionList({ projectId, documentId, onDecided }: { projectId: number; documentId: number; onDecided?: (outcome: Outcome) => void }) {
  const queryClient = useQueryClient();
  const key = suggestionKeys.byDocument(projectId, documentId);
  const suggestions = useQuery({ queryKey: key, queryFn: () => fetchJson<SuggestionRow[]>(`/api/projects/${projectId}/suggestions?documentId=${documentId}`) });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: Decision }) =>
      fetchJson<Outcome>(`/api/projects/${projectId}/suggestions/${id}/decision`, { method: "POST", body: { decision } }),
    onMutate: async ({ id, decision }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<SuggestionRow[]>(key);
      queryClient.setQueryData<SuggestionRow[]>(key, (rows) => rows?.map((row) => (row.id === id ? { ...row, decision } : row)));
      return { previous };
    },
    onError: (_error, _variables, context) => queryClient.setQueryData(key, context?.previous),
    onSuccess: (outcome) => onDecided?.(outcome),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  if (suggestions.isPending) return <p role="status">Loading suggestions…</p>;
  if (suggestions.isError) return <p className="error" role="alert">{suggestions.error.message}</p>;
  if (suggestions.data.length === 0) return <p className="muted">No suggestions for this statement.</p>;
  return (
    <section aria-label="Suggestions">
      {decide.isError && (
        <p className="error" role="alert">
          {decide.error.message}
        </p>
      )}
      <ol className="quote-list">
        {suggestions.data.map((suggestion) => (
          <li key={suggestion.id} className="panel" aria-label={`Suggestion: ${suggestion.quote}`}>
            <p className="quote-facts">
              <span aria-hidden="true" style={{ color: suggestion.codeColor }}>
                ■
              </span>{" "}
              {suggestion.codeName} · {describeSuggestionOrigin(suggestion)}
            </p>
            <blockquote dir="auto">{suggestion.quote}</blockquote>
            {suggestion.decision ? (
              <span role="status">{suggestion.decision === "accepted" ? "Accepted into your annotations." : "Rejected."}</span>
            ) : (
              <span className="inline">
                <button type="button" onClick={() => decide.mutate({ id: suggestion.id, decision: "accepted" })} disabled={decide.isPending}>
                  Accept
                </button>
                <button type="button" className="secondary" onClick={() => decide.mutate({ id: suggestion.id, decision: "rejected" })} disabled={decide.isPending}>
                  Reject
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
