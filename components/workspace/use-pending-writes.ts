"use client";

import { useMutationState } from "@tanstack/react-query";
import { useMemo } from "react";
import { describeSaveFailure } from "../fetch-json";
import { resolveAnnotationId } from "./id-aliases";
import { workspaceKeys } from "./query-keys";
import type { AnnotationWrite } from "./use-annotation-writes";

/**
 * The writes of the document not yet saved: the ids of the annotations they touch (marked "not saved yet") and, when
 * saving keeps failing, why, so the coder sees it plainly instead of trusting a highlight that is not stored.
 */
export function usePendingWrites(documentId: number) {
  const pending = useMutationState({
    filters: { mutationKey: workspaceKeys.annotationWrites(documentId), status: "pending" },
    select: (mutation) => ({
      id: (mutation.state.variables as AnnotationWrite | undefined)?.id,
      failures: mutation.state.failureCount,
      reason: mutation.state.failureReason,
    }),
  });
  return useMemo(() => {
    const failing = pending.find((write) => write.failures > 0);
    return {
      count: pending.length,
      unsavedIds: new Set(pending.flatMap((write) => (write.id === undefined ? [] : [resolveAnnotationId(write.id)]))),
      failure: failing ? describeSaveFailure(failing.reason) : null,
    };
  }, [pending]);
}
