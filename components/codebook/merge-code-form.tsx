"use client";

import { type FormEvent, useState } from "react";
import { mergeCodeInto } from "@/app/(app)/projects/[id]/codebook/actions";
import { fetchJson } from "@/components/fetch-json";
import { CodePicker, type PickerOption } from "./code-picker";
import type { RunAction } from "./run-action";

type Preview = { annotations: number; duplicates: number; consensus: number; consensusDuplicates: number };

/**
 * Merging in two steps: choose the code to merge into and see how many codings move and how many collapse as a
 * coder's duplicates; only then the merge can be confirmed.
 */
export function MergeCodeForm({ run, projectId, codeId, name, targets }: { run: RunAction; projectId: number; codeId: number; name: string; targets: PickerOption[] }) {
  const [targetId, setTargetId] = useState<number | null>(null);
  const [preview, setPreview] = useState<{ targetId: number; counts: Preview } | { error: string } | null>(null);

  async function check() {
    if (targetId === null) return;
    try {
      const counts = await fetchJson<Preview>(`/api/projects/${projectId}/codes/${codeId}/merge-preview?into=${targetId}`);
      setPreview({ targetId, counts });
    } catch (error) {
      setPreview({ error: error instanceof Error ? error.message : "The merge could not be previewed." });
    }
  }

  async function merge(event: FormEvent, into: number) {
    event.preventDefault();
    await run(mergeCodeInto, { projectId, codeId, targetId: into });
  }

  const target = preview && "targetId" in preview ? targets.find((option) => option.id === preview.targetId) : undefined;
  return (
    <div className="stack">
      <CodePicker label="Merge into" name="targetId" options={targets} onPick={(id) => {
        setTargetId(id);
        setPreview(null);
      }} />
      <button type="button" onClick={check} disabled={targetId === null}>
        Preview merge
      </button>
      {preview && "error" in preview && (
        <p className="error" role="alert">
          {preview.error}
        </p>
      )}
      {preview && "counts" in preview && target && (
        <form onSubmit={(event) => merge(event, target.id)} className="stack" aria-label={`Merge ${name}`}>
          <p>{describePreview(name, target.path, preview.counts)}</p>
          <button type="submit" className="danger">
            Merge into {target.path}
          </button>
        </form>
      )}
    </div>
  );
}

function describePreview(name: string, target: string, counts: Preview): string {
  const total = counts.annotations + counts.consensus;
  const duplicates = counts.duplicates + counts.consensusDuplicates;
  return (
    `${total} codings of "${name}" (${counts.annotations} by coders, ${counts.consensus} in the consensus) become codings of "${target}"; ` +
    `${duplicates} of them duplicate a coding already there and collapse into it. "${name}" is then deleted.`
  );
}
