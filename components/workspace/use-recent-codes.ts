"use client";

import { useCallback } from "react";
import { parseCodeIdList } from "@/lib/codebook/coder-keys";
import { useLocalJson } from "./use-local-json";

const RECENT_COUNT = 5;
const parseRecent = (value: unknown) => parseCodeIdList(value, RECENT_COUNT);
const NONE: number[] = [];

/** The codes this coder used last in this project, most recent first, kept in this browser. */
export function useRecentCodes(userId: number, projectId: number) {
  const [recentIds, setRecentIds] = useLocalJson(`testimony:${userId}:${projectId}:recent-codes`, parseRecent, NONE);
  const remember = useCallback(
    (codeId: number) => setRecentIds([codeId, ...recentIds.filter((id) => id !== codeId)].slice(0, RECENT_COUNT)),
    [recentIds, setRecentIds],
  );
  return { recentIds, remember };
}
