"use client";

import { useState } from "react";

/**
 * Gives a code the coder's own key: activate it, then press a digit 1–9 (0 takes the key away, Escape or leaving
 * cancels). The digit is read from the physical key, as the workspace's keys are, and kept from them.
 */
export function KeyButton({ describedBy, onAssign }: { describedBy: string; onAssign: (digit: string | null) => void }) {
  const [waiting, setWaiting] = useState(false);
  return (
    <button
      type="button"
      className="key-button small secondary"
      aria-describedby={describedBy}
      aria-pressed={waiting}
      onClick={() => setWaiting((now) => !now)}
      onBlur={() => setWaiting(false)}
      onKeyDown={(event) => {
        if (!waiting) return;
        const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1];
        if (!digit && event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        setWaiting(false);
        if (digit) onAssign(digit === "0" ? null : digit);
      }}
    >
      {waiting ? "Press 1–9 (0: none)" : "Key"}
    </button>
  );
}
