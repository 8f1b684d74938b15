"use client";

import { useEffect } from "react";

/**
 * Whether the coder's work is stored. A save that keeps failing is said plainly, with its reason, while it is retried;
 * leaving the page with changes not yet saved asks first.
 */
export function SaveStatus({ pendingCount, failure }: { pendingCount: number; failure: string | null }) {
  useEffect(() => {
    if (pendingCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [pendingCount]);

  if (failure) {
    return (
      <p className="save-status failing" role="alert">
        {pendingCount === 1 ? "1 change is" : `${pendingCount} changes are`} not saved: {failure} Retrying automatically; keep this page open.
      </p>
    );
  }
  return (
    <p className="save-status" role="status">
      {pendingCount > 0 ? "Saving…" : "All changes saved"}
    </p>
  );
}
