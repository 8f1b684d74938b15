"use client";

import { type FormEvent, type ReactNode, startTransition, useActionState, useState } from "react";
import type { ActionState } from "@/server/server-action";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form posting to a server action, showing its outcome (errors announced to screen readers). It submits through
 * onSubmit rather than the action attribute because React resets an action form after each submission, which would
 * throw away what the person typed when the server refuses it. With `confirm`, a destructive action first says what
 * it will do and runs only once that is confirmed.
 */
export function ActionForm({ action, submitLabel, children, className = "inline", danger = false, label, confirm }: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  label?: string;
  confirm?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [asking, setAsking] = useState<FormData | null>(null);
  function run(data: FormData) {
    setAsking(null);
    startTransition(() => formAction(data));
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (confirm) setAsking(data);
    else run(data);
  }
  return (
    <form onSubmit={submit} className={className} aria-label={label}>
      {children}
      <button type="submit" disabled={pending || asking !== null} className={danger ? "danger" : undefined}>
        {submitLabel}
      </button>
      {asking && (
        <span role="alertdialog" aria-label={`Confirm: ${submitLabel}`} className="inline">
          <span>{confirm}</span>{" "}
          <button type="button" className="danger" onClick={() => run(asking)}>
            Yes, {submitLabel.charAt(0).toLowerCase() + submitLabel.slice(1)}
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setAsking(null)} autoFocus>
            Cancel
          </button>
        </span>
      )}
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
