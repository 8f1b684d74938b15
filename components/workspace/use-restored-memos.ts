"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useEffectEvent } from "react";
import type { ClientAnnotation } from "./client-annotation";
import { clearMemoDraft, listMemoDrafts } from "./memo-drafts";
import { workspaceKeys } from "./query-keys";
import type { AnnotationWrites } from "./use-annotation-writes";

/** On opening a document, saves the memo drafts an earlier visit typed but could not save (page closed, server down). */
export function useRestoredMemos(documentId: number, writes: AnnotationWrites, onRestored: (count: number) => void): void {
  const queryClient = useQueryClient();
  const restore = useEffectEvent(() => {
    const annotations = queryClient.getQueryData<readonly ClientAnnotation[]>(workspaceKeys.annotations(documentId)) ?? [];
    let restored = 0;
    for (const { annotationId, memo } of listMemoDrafts(documentId)) {
      const annotation = annotations.find((item) => item.id === annotationId);
      if (annotation && annotation.memo !== memo) {
        writes.update(annotationId, { memo });
        restored++;
      } else {
        clearMemoDraft(documentId, annotationId);
      }
    }
    if (restored > 0) onRestored(restored);
  });
  useEffect(() => restore(), [documentId]);
}
