"use client";

import { useState } from "react";
import { type CitedPassage, formatCitation } from "@/lib/analysis/format-citation";

/** Copies the passage with its citation and the link to its place in the statement. */
export function CopyCitationButton({ passage, href }: { passage: Omit<CitedPassage, "url">; href: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(formatCitation({ ...passage, url: new URL(href, window.location.origin).href }));
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button type="button" className="secondary" onClick={copy}>
        Copy with citation
      </button>{" "}
      <span role="status">{state === "copied" ? "Copied." : state === "failed" ? "The browser did not allow copying; select the text instead." : ""}</span>
    </>
  );
}
