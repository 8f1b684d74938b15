"use client";

import { useQuery } from "@tanstack/react-query";
import { isJobFinished, type JobJson } from "@/lib/jobs/job-json";
import { fetchJson } from "../fetch-json";

const POLL_MS = 500;

export const jobKeys = { one: (id: string) => ["job", id] as const };

/** Follows a job: polls GET /api/jobs/:id every half second until it has ended. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: jobKeys.one(id ?? ""),
    queryFn: async () => (await fetchJson<{ job: JobJson }>(`/api/jobs/${id}`)).job,
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isJobFinished(query.state.data.state) ? false : POLL_MS),
  });
}

/** Asks the server to stop a job; the next poll shows it cancelled. */
export async function cancelJobRequest(id: string): Promise<void> {
  await fetchJson(`/api/jobs/${id}`, { method: "DELETE" });
}
