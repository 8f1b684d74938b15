"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fetchJson } from "@/components/fetch-json";
import { countOf } from "@/lib/analysis/count-of";

type Outcome = { created: number; existing: number; statements: number; code: string };

/**
 * "Code all hits": suggests every hit of the search, under the same filters, for a code. The suggestions wait in each
 * coder's workspace to be accepted or rejected; nothing enters a coder's layer by itself.
 */
export function CodeAllHitsForm({ projectId, query, codes, filters }: {
  projectId: number;
  query: string;
  codes: readonly { id: number; name: string }[];
  filters: Record<string, string>;
}) {
  const [codeId, setCodeId] = useState(codes[0]?.id ?? 0);
  const [scope, setScope] = useState<"hit" | "sentence" | "paragraph">("sentence");
  const suggest = useMutation({
    mutationFn: () =>
      fetchJson<Outcome>(`/api/projects/${projectId}/suggestions`, {
        method: "POST",
        body: { ...filters, query, codeId, scope },
      }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    suggest.mutate();
  }
  return (
    <>
      <h2>Code all hits</h2>
      <p className="muted">Each coder sees the suggestions in their workspace and accepts or rejects them one by one.</p>
      <form className="inline panel" onSubmit={submit} aria-label="Code all hits">
        <label>
          Code
          <select value={codeId} onChange={(event) => setCodeId(Number(event.target.value))}>
            {codes.map((code) => (
              <option key={code.id} value={code.id}>
                {code.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Each hit stands for
          <select value={scope} onChange={(event) => setScope(event.target.value as typeof scope)}>
            <option value="hit">the words found</option>
            <option value="sentence">its sentence</option>
            <option value="paragraph">its paragraph</option>
          </select>
        </label>
        <button type="submit" disabled={suggest.isPending}>
          Suggest all hits to coders
        </button>
        {suggest.isError && (
          <span className="error" role="alert">
            {suggest.error.message}
          </span>
        )}
        {suggest.isSuccess && (
          <span className="success" role="status">
            {countOf(suggest.data.created, "suggestion")} of “{suggest.data.code}” made in {countOf(suggest.data.statements, "statement")}
            {suggest.data.existing ? ` (${suggest.data.existing} ${suggest.data.existing === 1 ? "was" : "were"} suggested already)` : ""}.
          </span>
        )}
      </form>
    </>
  );
}
