"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { AssignmentStateJson } from "@/lib/documents/document-json";
import { describeSaveFailure, fetchJson } from "../fetch-json";
import { workspaceKeys } from "./query-keys";
import { announceChange } from "./tab-channel";
import { useSeededQuery } from "./use-seeded-query";

/**
 * The coder's status of the document (assigned, in progress, submitted) and the project's round, with "mark as done"
 * and "reopen" applied optimistically and rolled back, with the server's reason, when refused (a locked round). A
 * change refreshes the page's server data, so "N of M submitted" and My documents (also when reached by Back) follow.
 */
export function useAssignmentState(documentId: number, initial: AssignmentStateJson, loadedAt: number, onRefused: (message: string) => void) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const queryKey = workspaceKeys.status(documentId);
  const query = useSeededQuery({
    queryKey,
    queryFn: () => fetchJson<AssignmentStateJson>(`/api/documents/${documentId}/status`),
    initial,
    loadedAt,
    pendingWrites: () => queryClient.isMutating({ mutationKey: queryKey }),
  });

  const transition = useMutation<AssignmentStateJson, unknown, "submit" | "reopen", { before: AssignmentStateJson | undefined }>({
    mutationKey: queryKey,
    mutationFn: (action) => fetchJson(`/api/documents/${documentId}/${action}`, { method: "POST" }),
    onMutate: async (action) => {
      await queryClient.cancelQueries({ queryKey });
      const before = queryClient.getQueryData<AssignmentStateJson>(queryKey);
      if (before) queryClient.setQueryData<AssignmentStateJson>(queryKey, { ...before, status: action === "submit" ? "submitted" : "in_progress" });
      return { before };
    },
    onSuccess: () => router.refresh(),
    onError: (error, action, snapshot) => {
      if (snapshot?.before) queryClient.setQueryData(queryKey, snapshot.before);
      onRefused(`${action === "submit" ? "Not submitted" : "Not reopened"}: ${describeSaveFailure(error)}`);
    },
    onSettled: () => {
      announceChange(documentId);
      return queryClient.invalidateQueries({ queryKey });
    },
  });

  return { state: query.data ?? initial, transition: transition.mutate, transitioning: transition.isPending };
}
