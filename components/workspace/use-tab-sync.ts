"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { workspaceKeys } from "./query-keys";
import { listenForChanges, takeWrittenByThisTab } from "./tab-channel";

/**
 * Reads the document's layer and status again when another tab changed them and when the coder comes back to this
 * tab or window (another browser may have changed them), but never while a write of this tab is pending: the
 * refetched copy would hide it. The writes read the layer back themselves once they settle. On opening, it reads them
 * again if this tab wrote to the document before: the page may have been rendered before that write landed.
 */
export function useTabSync(documentId: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => {
      if (queryClient.isMutating({ mutationKey: workspaceKeys.annotationWrites(documentId) }) > 0) return;
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.annotations(documentId) });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.status(documentId) });
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    const stopListening = listenForChanges((changed) => {
      if (changed === documentId) refresh();
    });
    if (takeWrittenByThisTab(documentId)) refresh();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", refresh);
    return () => {
      stopListening();
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", refresh);
    };
  }, [queryClient, documentId]);
}
