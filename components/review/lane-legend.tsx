import type { CodeJson } from "@/lib/codebook/code-json";

/**
 * What the bars under the text mean: each lane, from the text down, drawn as it appears and named by its coder (or
 * "consensus"), and each code's colour. Hovering a piece of text names every lane's codes there.
 */
export function LaneLegend({ lanes, codes }: { lanes: readonly string[]; codes: readonly CodeJson[] }) {
  return (
    <div className="lane-legend">
      <p>Bars under the text, one lane per coder, from the text down (hover a passage to see who coded what):</p>
      <ol aria-label="Lanes under the text" className="lane-key">
        {lanes.map((lane, index) => (
          <li key={lane}>
            <span className="lane-sample" style={{ marginTop: `${index * 5}px` }} aria-hidden="true" /> {lane}
          </li>
        ))}
      </ol>
      <p>Tinted passages are where the coders part; the outlined one is the current disagreement, green ones are resolved.</p>
      <ul aria-label="Code colours">
        {codes.map((code) => (
          <li key={code.id}>
            <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" /> <span className="code-name">{code.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
