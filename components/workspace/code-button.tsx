"use client";

import type { HighlightPalette } from "@/lib/annotations/highlight-palette";
import type { CodeJson } from "@/lib/codebook/code-json";
import { CodeSample } from "./highlight-styles";

/**
 * A code as a button: colour sample, key and name, with its definition, inclusion and exclusion criteria shown on
 * hover and focus (all at once with "?"). The button keeps the text selection (mousedown does not take focus), so a
 * coder can select with the mouse and click a code; Alt or Shift with the click codes the exact characters.
 */
export function CodeButton({
  code,
  place,
  position,
  palette,
  disabled,
  showDefinitions,
  onCode,
}: {
  code: CodeJson;
  /** Where the button is ("tree", "recent"): the same code may show twice, each with its own definition. */
  place: string;
  position: number;
  palette: HighlightPalette;
  disabled: boolean;
  showDefinitions: boolean;
  onCode: (code: CodeJson, exact: boolean) => void;
}) {
  const definitionId = `${place}-definition-${code.id}`;
  return (
    <>
      <button
        type="button"
        className="code-button"
        aria-disabled={disabled}
        aria-keyshortcuts={code.key ?? undefined}
        aria-describedby={definitionId}
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => onCode(code, event.altKey || event.shiftKey)}
      >
        <CodeSample position={position} palette={palette} />
        {code.key && <kbd>{code.key}</kbd>}
        <span className="code-name" id={`${place}-name-${code.id}`}>
          {code.name}
        </span>
      </button>
      <div id={definitionId} className={showDefinitions ? "code-definition shown" : "code-definition"} role="note">
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
    </>
  );
}
