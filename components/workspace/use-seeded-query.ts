"use client";

import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

/**
 * A query whose first data came with the page (rendered on the server at `loadedAt`), so the reader paints without
 * waiting for a second request. Data already cached from an earlier visit is replaced only when the page's is newer
 * and no write of it is still pending: an unsaved change must never be overwritten by an older server copy.
 */
export function useSeededQuery<T>({
  queryKey,
  queryFn,
  initial,
  loadedAt,
  pendingWrites,
}: {
  queryKey: QueryKey;
  queryFn: () => Promise<T>;
  initial: T;
  loadedAt: number;
  pendingWrites: () => number;
}) {
  const queryClient = useQueryClient();
  useState(() => {
    const state = queryClient.getQueryState(queryKey);
    if (!state?.data || (state.dataUpdatedAt < loadedAt && pendingWrites() === 0)) queryClient.setQueryData(queryKey, initial, { updatedAt: loadedAt });
  });
  return useQuery({
    queryKey,
    queryFn,
    // Refreshed on purpose (focus, another tab's change, after writes settle) by useTabSync, never behind a pending write.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
