"use client";

import { type FormEvent, useState } from "react";
import { addCode } from "@/app/(app)/projects/[id]/codebook/actions";
import type { RunAction } from "./run-action";

// Distinct colours for new codes, taken in turn; the supervisor can change one in the code's form.
const COLOURS = ["#1565c0", "#c62828", "#6a1b9a", "#2e7d32", "#ef6c00", "#00838f", "#ad1457", "#4e342e", "#558b2f", "#283593"];

/** Adds a code at the top level (`parentId` null) or under a parent; the name is cleared once it is added. */
export function AddCodeForm({ run, projectId, parentId, label, colourIndex, onAdded }: {
  run: RunAction;
  projectId: number;
  parentId: number | null;
  label: string;
  colourIndex: number;
  onAdded?: () => void;
}) {
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    const state = await run(addCode, data);
    setPending(false);
    if (state.error) return;
    form.reset();
    onAdded?.();
  }
  return (
    <form onSubmit={submit} className="inline" aria-label={label}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <input type="hidden" name="color" value={COLOURS[colourIndex % COLOURS.length]} />
      <label>
        {parentId === null ? "New code" : "New sub-code"}
        <input type="text" name="name" required maxLength={120} />
      </label>
      <button type="submit" disabled={pending}>
        Add
      </button>
    </form>
  );
}
