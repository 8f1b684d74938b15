"use client";

import { reviseCode } from "@/app/(app)/projects/[id]/actions";
import { ActionForm } from "@/components/admin/action-form";
import type { CodeJson } from "@/lib/codebook/code-json";

const FIELDS = [
  ["definition", "Definition"],
  ["inclusion", "Include when"],
  ["exclusion", "Exclude when"],
  ["example", "Example"],
] as const;

/** The code's wording; saving records a revision with the date and round. */
export function CodeWordingForm({ projectId, code }: { projectId: number; code: CodeJson }) {
  return (
    <ActionForm action={reviseCode} submitLabel={`Save ${code.label}`} className="stack" label={`Code ${code.name}`}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="codeId" value={code.id} />
      <label>
        Name
        <input type="text" name="name" defaultValue={code.name} required />
      </label>
      <label>
        Short label
        <input type="text" name="label" defaultValue={code.label} required />
      </label>
      <label>
        Colour
        <input type="color" name="color" defaultValue={code.colour} />
      </label>
      {FIELDS.map(([field, label]) => (
        <label key={field}>
          {label}
          <textarea name={field} defaultValue={code[field]} rows={3} />
        </label>
      ))}
    </ActionForm>
  );
}
