"use client";

import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import { CodeSample } from "./highlight-styles";

/**
 * The codebook as buttons: colour sample, key and name; the definition, inclusion and exclusion criteria show on
 * hover and focus, and all at once with "?". A button keeps the text selection (mousedown does not take focus), so a
 * coder can select with the mouse and click a code; Alt or Shift with the click codes the exact characters.
 */
export function CodePalette({
  codes,
  palette,
  disabled,
  showDefinitions,
  onToggleDefinitions,
  onCode,
}: {
  codes: readonly CodeJson[];
  palette: HighlightPalette;
  disabled: boolean;
  showDefinitions: boolean;
  onToggleDefinitions: () => void;
  onCode: (code: CodeJson, exact: boolean) => void;
}) {
  return (
    <section className="palette" aria-labelledby="palette-heading">
      <div className="side-heading">
        <h2 id="palette-heading">Codebook</h2>
        <button type="button" className="link-button" aria-expanded={showDefinitions} aria-keyshortcuts="?" onClick={onToggleDefinitions}>
          {showDefinitions ? "Hide definitions" : "Definitions (?)"}
        </button>
      </div>
      <ul className="palette-codes">
        {codes.map((code, position) => (
          <li key={code.id} className="palette-code">
            <button
              type="button"
              className="code-button"
              aria-disabled={disabled}
              aria-keyshortcuts={code.key ?? undefined}
              aria-describedby={`code-definition-${code.id}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => onCode(code, event.altKey || event.shiftKey)}
            >
              <CodeSample position={position} palette={palette} />
              {code.key && <kbd>{code.key}</kbd>}
              <span className="code-name">{code.name}</span>
            </button>
            <div id={`code-definition-${code.id}`} className={showDefinitions ? "code-definition shown" : "code-definition"} role="note">
              <p>{code.definition}</p>
              {code.inclusion && (
                <p>
                  <strong>Include:</strong> {code.inclusion}
                </p>
              )}
              {code.exclusion && (
                <p>
                  <strong>Exclude:</strong> {code.exclusion}
                </p>
              )}
              {code.example && (
                <p>
                  <strong>Example:</strong> <q>{code.example}</q>
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
