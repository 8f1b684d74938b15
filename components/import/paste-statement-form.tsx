"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";

const FACTS = [
  ["alias", "Speaker alias"],
  ["country", "Country of origin"],
  ["region", "Region"],
  ["gender", "Gender"],
  ["defection_date", "Date of defection"],
  ["statement_date", "Date of the statement"],
  ["source", "Source"],
  ["url", "Source URL"],
] as const;

export function PasteStatementForm({ projectId }: { projectId: number }) {
  const [outcome, setOutcome] = useState<{ error?: string; id?: number } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const response = await fetch(`/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Object.fromEntries(new FormData(form))),
    });
    const body = (await response.json()) as { id?: number; error?: string };
    setPending(false);
    setOutcome(response.ok ? { id: body.id } : { error: body.error ?? `The server answered ${response.status}.` });
    if (response.ok) form.reset();
  }

  return (
    <form className="stack panel" onSubmit={submit} aria-label="Paste one statement" style={{ maxWidth: "40rem" }}>
      <label>
        Title
        <input type="text" name="title" required />
      </label>
      <label>
        Text
        <textarea name="text" rows={8} required dir="auto" />
      </label>
      {FACTS.map(([name, label]) => (
        <label key={name}>
          {label}
          <input type="text" name={name} dir="auto" placeholder={name.endsWith("date") ? "2015-03-21, 2015-03 or 2015" : undefined} />
        </label>
      ))}
      <button type="submit" disabled={pending}>
        Add statement
      </button>
      {outcome?.error && (
        <p className="error" role="alert">
          {outcome.error}
        </p>
      )}
      {outcome?.id && (
        <p className="success" role="status">
          Statement added. <Link href={`/documents/${outcome.id}`}>Open it</Link>
        </p>
      )}
    </form>
  );
}
