"use client";

import { useCallback, useMemo } from "react";
import { applyCoderKeys, assignCoderKey, type CoderKeys, parseCoderKeys } from "@/lib/codebook/coder-keys";
import type { CodeJson } from "@/lib/codebook/code-json";
import { useLocalJson } from "./use-local-json";

const NONE: CoderKeys = {};

/**
 * The coder's own keys 1–9 in this project, kept in this browser (per coder and project): the codes carry the keys
 * the coder sees, the codebook's shortcuts where the coder assigned none.
 */
export function useCoderKeys(userId: number, projectId: number, codebook: readonly CodeJson[]) {
  const [coderKeys, setCoderKeys] = useLocalJson(`testimony:${userId}:${projectId}:code-keys`, parseCoderKeys, NONE);
  const codes = useMemo(() => applyCoderKeys(codebook, coderKeys), [codebook, coderKeys]);
  const assign = useCallback((digit: string, codeId: number | null) => setCoderKeys(assignCoderKey(coderKeys, digit, codeId)), [coderKeys, setCoderKeys]);
  return { codes, assign };
}
