import Link from "next/link";

/**
 * What a supervisor sees beside a statement opened from the quote bank or search: no coding tools (coders code in
 * their own workspaces), and the way to where a supervisor works on it, its review.
 */
export function SupervisorReading({ projectId, documentId }: { projectId: number; documentId: number }) {
  return (
    <section className="panel" aria-label="Reading as supervisor">
      <p>You read this statement as a supervisor: coders code it in their own workspaces, so there are no coding tools here.</p>
      <p>
        <Link href={`/projects/${projectId}/review/${documentId}`}>Review its coding and adjudicate</Link>
      </p>
    </section>
  );
}
