"use client";

import { useCallback } from "react";
import { z } from "zod";
import { useLocalJson } from "./use-local-json";

const RECENT_COUNT = 5;
const recentSchema = z.array(z.number().int()).max(RECENT_COUNT);
const NONE: number[] = [];

/** The codes this coder used last in this project, most recent first, kept in this browser. */
export function useRecentCodes(userId: number, projectId: number) {
  const [recentIds, setRecentIds] = useLocalJson(`testimony:${userId}:${projectId}:recent-codes`, recentSchema, NONE);
  const remember = useCallback(
    (codeId: number) => setRecentIds([codeId, ...recentIds.filter((id) => id !== codeId)].slice(0, RECENT_COUNT)),
    [recentIds, setRecentIds],
  );
  return { recentIds, remember };
}
