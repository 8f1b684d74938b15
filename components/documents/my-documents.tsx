"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import {
  type AssignedDocument,
  type DocumentFilter,
  factValues,
  filterAssignedDocuments,
} from "@/lib/documents/filter-assigned-documents";
import { filterableFacts, filterToSearch, statusChoices } from "@/lib/documents/document-filter-params";
import { pickNextUnfinished } from "@/lib/documents/pick-next-unfinished";
import { StatusBadge } from "../status-badge";
import "./my-documents.css";

export type MyDocumentRow = AssignedDocument & { projectName: string; statementDate: string | null; annotationCount: number };

/**
 * "My documents": the coder's assignments with status and progress, filtered by status and speaker facts, searched
 * by title or speaker; N (or the button) opens the next unfinished document among those shown.
 */
export function MyDocuments({ rows, initialFilter }: { rows: MyDocumentRow[]; initialFilter: DocumentFilter }) {
  const router = useRouter();
  const [filter, setFilter] = useState(initialFilter);
  const search = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterAssignedDocuments(rows, filter), [rows, filter]);
  const next = pickNextUnfinished(shown);
  const submitted = rows.filter((row) => row.status === "submitted").length;
  const manyProjects = new Set(rows.map((row) => row.projectName)).size > 1;

  function change(update: Partial<DocumentFilter>) {
    const changed = { ...filter, ...update, facts: { ...filter.facts, ...update.facts } };
    setFilter(changed);
    window.history.replaceState(null, "", `${window.location.pathname}${filterToSearch(changed)}`);
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
    if (event.key === "n" && next) {
      event.preventDefault();
      router.push(`/documents/${next.id}`);
    } else if (event.key === "/") {
      event.preventDefault();
      search.current?.focus();
    }
  });
  useEffect(() => {
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <div className="documents-top">
        <h1>My documents</h1>
        <p className="progress-line">
          <progress max={Math.max(rows.length, 1)} value={submitted} aria-label="Submitted documents" />
          <span>
            {submitted} of {rows.length} submitted
          </span>
        </p>
        {next ? (
          <Link className="button-link" href={`/documents/${next.id}`} aria-keyshortcuts="N">
            Open next unfinished (N)
          </Link>
        ) : (
          rows.length > 0 && <span className="muted">Nothing unfinished{shown.length < rows.length ? " among these" : ""}.</span>
        )}
      </div>
      {rows.length === 0 ? (
        <p>No documents are assigned to you yet. A supervisor or the administrator assigns them.</p>
      ) : (
        <>
          <form className="filters" role="search" aria-label="Filter documents" onSubmit={(event) => event.preventDefault()}>
            <label>
              Search title or speaker
              <input ref={search} type="search" value={filter.query} aria-keyshortcuts="/" onChange={(event) => change({ query: event.target.value })} />
            </label>
            <label>
              Status
              <select value={filter.status} onChange={(event) => change({ status: event.target.value as DocumentFilter["status"] })}>
                {statusChoices.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {filterableFacts.map(({ fact, label }) => {
              const values = factValues(rows, fact);
              if (values.length === 0) return null;
              return (
                <label key={fact}>
                  {label}
                  <select value={filter.facts[fact] ?? ""} onChange={(event) => change({ facts: { [fact]: event.target.value } })}>
                    <option value="">Any</option>
                    {values.map((value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
          </form>
          <p className="muted small" role="status">
            {shown.length === rows.length ? `${rows.length} documents` : `${shown.length} of ${rows.length} documents shown`}
          </p>
          <table>
            <thead>
              <tr>
                <th>Statement</th>
                {manyProjects && <th>Project</th>}
                <th>Speaker</th>
                <th>Country</th>
                <th>Date</th>
                <th>Status</th>
                <th>Coded passages</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/documents/${row.id}`} dir="auto">
                      {row.title}
                    </Link>
                  </td>
                  {manyProjects && <td>{row.projectName}</td>}
                  <td dir="auto">{row.speakerAlias ?? "—"}</td>
                  <td>{row.speakerCountry ?? "unknown"}</td>
                  <td>{row.statementDate ?? "—"}</td>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                  <td>{row.annotationCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
