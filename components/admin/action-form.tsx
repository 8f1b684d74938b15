"use client";

import { type ReactNode, useActionState } from "react";
import type { ActionState } from "@/server/server-action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A form posting to a server action, showing its outcome (errors announced to screen readers). */
export function ActionForm({ action, submitLabel, children, className = "inline", danger = false, label }: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
      <button type="submit" disabled={pending} className={danger ? "danger" : undefined}>
        {submitLabel}
      </button>
      {state.error && (
        <span className="error" role="alert">
          {state.error}
        </span>
      )}
      {state.message && !state.error && (
        <span className="success" role="status">
          {state.message}
        </span>
      )}
    </form>
  );
}
