"use client";

/** Opens the browser's print dialog; the report's print styles leave out navigation, filters and buttons. */
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Print report
    </button>
  );
}
