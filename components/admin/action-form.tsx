"use client";

import { type FormEvent, type ReactNode, startTransition, useActionState } from "react";
import type { ActionState } from "@/server/server-action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form posting to a server action, showing its outcome (errors announced to screen readers). It submits through
 * onSubmit rather than the action attribute because React resets an action form after each submission, which would
 * throw away what the person typed when the server refuses it.
 */
export function ActionForm({ action, submitLabel, children, className = "inline", danger = false, label }: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <form onSubmit={submit} className={className} aria-label={label}>
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
