"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/fetch-json";
import type { ReviewJson } from "@/lib/review/review-json";

/** The query keys of a document's review, built in one place. */
export const reviewKeys = { document: (documentId: number) => ["documents", documentId, "review"] as const };

/** The review of a document, starting from the copy the page rendered with. */
export function useReview(initial: ReviewJson) {
  const documentId = initial.document.id;
  return useQuery({ queryKey: reviewKeys.document(documentId), queryFn: () => fetchJson<ReviewJson>(`/api/documents/${documentId}/review`), initialData: initial });
}

/** Where on the page a review action was started: its error is shown there, beside the control that caused it. */
export type ReviewPlace = "adjudication" | "disagreement" | "consensus-form" | "consensus-list";

/** One change of the consensus or the adjudication: the call to make, what to announce when it succeeds, and where. */
export type ReviewAction = { request: () => Promise<unknown>; success: string; place: ReviewPlace };

/**
 * Runs review actions one at a time. Each change is small and the server decides (a done document refuses changes),
 * so the page waits for the answer, announces it, and reloads the review rather than guessing the result.
 */
export function useReviewAction(documentId: number, announce: (message: string) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ request }: ReviewAction) => request(),
    onSuccess: (_result, action) => announce(action.success),
    onSettled: () => client.invalidateQueries({ queryKey: reviewKeys.document(documentId) }),
  });
}
