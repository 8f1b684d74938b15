"use client";

import { type FormEvent, useState } from "react";
import { removeCode } from "@/app/(app)/projects/[id]/codebook/actions";
import type { RunAction } from "./run-action";

/** Deleting asks first, stating how many codings go with the code and where its sub-codes go. */
export function DeleteCodeForm({ run, projectId, codeId, name, annotations, consensus, subCodes, parent }: {
  run: RunAction;
  projectId: number;
  codeId: number;
  name: string;
  annotations: number;
  consensus: number;
  subCodes: number;
  parent: string | null;
}) {
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const codings = annotations + consensus;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    await run(removeCode, { projectId, codeId });
    setPending(false);
  }
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Delete {name}…
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="stack" aria-label={`Delete ${name}`}>
      <p>
        {`Deleting "${name}" deletes its ${codings} codings (${annotations} by coders, ${consensus} in the consensus); this cannot be undone.`}
        {subCodes > 0 && ` Its ${subCodes} sub-codes are kept and move up to ${parent ?? "the top level"}.`}
      </p>
      <button type="submit" className="danger" disabled={pending}>
        Delete {name} and {codings} codings
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </form>
  );
}
