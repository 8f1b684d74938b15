"use client";

import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { AnnotationJson } from "@/lib/annotations/annotation-json";
import { insertInTextOrder, removeAnnotation, replaceAnnotation } from "@/lib/annotations/annotation-order";
import type { AssignmentStateJson } from "@/lib/documents/document-json";
import { ApiError, describeSaveFailure, fetchJson, getRetryDelayMs, isRetryable } from "../fetch-json";
import type { AnnotationFields, ClientAnnotation } from "./client-annotation";
import { aliasAnnotationId, newTemporaryId, resolveAnnotationId } from "./id-aliases";
import { clearMemoDraft, readMemoDraft } from "./memo-drafts";
import { workspaceKeys } from "./query-keys";
import { announceChange } from "./tab-channel";

export type AnnotationWrite = { id: number };
type CreateVariables = AnnotationWrite & { fields: AnnotationFields };
type UpdateVariables = AnnotationWrite & { changes: Partial<AnnotationFields> };
/** What onMutate keeps to roll back: the one annotation this write touched as it was, or undefined if it was absent. */
type Snapshot = { before: ClientAnnotation | undefined };

// Saves that fail for a reason that may pass (server down, database busy with an import, session ended) are retried
// without end, the change kept on screen meanwhile and marked unsaved; refusals (400, 404, 409) roll back at once with
// the server's message.
const retry = (_failures: number, error: unknown) => isRetryable(error);

/**
 * The coder's writes to their layer of a document, optimistic: the change shows at once, is saved in the background
 * and rolled back if refused. Writes of one document run one after another (one mutation scope), so a memo typed on an
 * annotation still being saved goes out after it, under its real id.
 */
export function useAnnotationWrites(documentId: number, onRefused: (message: string) => void) {
  const queryClient = useQueryClient();
  const queryKey = workspaceKeys.annotations(documentId);
  const shared = {
    mutationKey: workspaceKeys.annotationWrites(documentId),
    scope: { id: `annotations-${documentId}` },
    retry,
    retryDelay: getRetryDelayMs,
    onSettled: () => settle(queryClient, documentId),
  };
  const setList = (update: (list: readonly ClientAnnotation[]) => readonly ClientAnnotation[]) =>
    queryClient.setQueryData<readonly ClientAnnotation[]>(queryKey, (list) => update(list ?? []));
  const find = (id: number) => queryClient.getQueryData<readonly ClientAnnotation[]>(queryKey)?.find((item) => item.id === resolveAnnotationId(id));
  const rollBack = (id: number, { before }: Snapshot) => setList((list) => (before ? replaceAnnotation(list, resolveAnnotationId(id), before) : removeAnnotation(list, resolveAnnotationId(id))));

  const create = useMutation<AnnotationJson, unknown, CreateVariables, Snapshot>({
    ...shared,
    mutationFn: ({ fields }) => fetchJson(`/api/documents/${documentId}/annotations`, { method: "POST", body: fields }),
    onMutate: async ({ id, fields }) => {
      await queryClient.cancelQueries({ queryKey });
      setList((list) => insertInTextOrder(list, { id, ...fields }));
      return { before: undefined };
    },
    onSuccess: (saved, { id }) => {
      aliasAnnotationId(id, saved.id);
      // Keep what later writes, still queued, already show; they will send it under the real id.
      setList((list) => {
        const current = list.find((item) => item.id === id);
        return current ? replaceAnnotation(list, id, { ...current, id: saved.id }) : list;
      });
      queryClient.setQueryData<AssignmentStateJson>(workspaceKeys.status(documentId), (state) =>
        state?.status === "assigned" ? { ...state, status: "in_progress" } : state,
      );
    },
    onError: (error, variables, snapshot) => {
      if (snapshot) rollBack(variables.id, snapshot);
      onRefused(`Not saved: ${describeSaveFailure(error)} The coding was taken back.`);
    },
  });

  const update = useMutation<AnnotationJson, unknown, UpdateVariables, Snapshot>({
    ...shared,
    mutationFn: ({ id, changes }) => {
      const realId = resolveAnnotationId(id);
      if (realId < 0) return Promise.reject(new ApiError(404, "This annotation was never saved."));
      return fetchJson(`/api/annotations/${realId}`, { method: "PATCH", body: changes });
    },
    onMutate: async ({ id, changes }) => {
      await queryClient.cancelQueries({ queryKey });
      const before = find(id);
      if (before) setList((list) => replaceAnnotation(list, before.id, { ...before, ...changes }));
      return { before };
    },
    onSuccess: (_saved, { id, changes }) => {
      for (const draftId of new Set([id, resolveAnnotationId(id)])) {
        if (changes.memo !== undefined && readMemoDraft(documentId, draftId) === changes.memo) clearMemoDraft(documentId, draftId);
      }
    },
    onError: (error, variables, snapshot) => {
      if (error instanceof ApiError && error.status === 404) {
        setList((list) => removeAnnotation(list, resolveAnnotationId(variables.id)));
        onRefused("This annotation no longer exists: it was deleted in another tab or window.");
        return;
      }
      if (snapshot) rollBack(variables.id, snapshot);
      onRefused(`Not saved: ${describeSaveFailure(error)} The change was taken back.`);
    },
  });

  const remove = useMutation<void, unknown, AnnotationWrite, Snapshot>({
    ...shared,
    mutationFn: async ({ id }) => {
      const realId = resolveAnnotationId(id);
      // Never saved (its creation was refused): there is nothing to delete on the server.
      if (realId < 0) return;
      try {
        await fetchJson(`/api/annotations/${realId}`, { method: "DELETE" });
      } catch (error) {
        // Already gone (another tab deleted it): the coder's intent is met.
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    },
    onMutate: async ({ id }) => {
      await queryClient.cancelQueries({ queryKey });
      const before = find(id);
      setList((list) => removeAnnotation(list, resolveAnnotationId(id)));
      return { before };
    },
    onError: (error, variables, snapshot) => {
      if (snapshot?.before) setList((list) => insertInTextOrder(removeAnnotation(list, snapshot.before!.id), snapshot.before!));
      onRefused(`Not deleted: ${describeSaveFailure(error)}`);
    },
  });

  const { mutate: mutateCreate } = create;
  const { mutate: mutateUpdate } = update;
  const { mutate: mutateRemove } = remove;
  return useMemo(
    () => ({
      /**
       * Codes a passage; returns the temporary id the new annotation has until it is saved (`id`, when the caller
       * painted the passage under a temporary id of its own before writing it).
       */
      create(fields: AnnotationFields, id = newTemporaryId()): number {
        mutateCreate({ id, fields });
        return id;
      },
      update: (id: number, changes: Partial<AnnotationFields>) => mutateUpdate({ id, changes }),
      remove: (id: number) => mutateRemove({ id }),
    }),
    [mutateCreate, mutateUpdate, mutateRemove],
  );
}

export type AnnotationWrites = ReturnType<typeof useAnnotationWrites>;

/** After the last pending write of the document settles, the layer is read back from the server and other tabs told. */
function settle(queryClient: QueryClient, documentId: number) {
  announceChange(documentId);
  if (queryClient.isMutating({ mutationKey: workspaceKeys.annotationWrites(documentId) }) === 1) {
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.annotations(documentId) });
  }
}
