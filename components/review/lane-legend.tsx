import type { CodeJson } from "@/lib/codebook/code-json";

/** What the bars under the text mean: the lanes from the text down, and each code's colour. */
export function LaneLegend({ lanes, codes }: { lanes: readonly string[]; codes: readonly CodeJson[] }) {
  return (
    <div className="lane-legend">
      <p>
        Bars under the text, from the text down: {lanes.map((lane, index) => `${index + 1}. ${lane}`).join(", ")}. Tinted passages are where the coders
        part; the outlined one is the current disagreement, green ones are resolved.
      </p>
      <ul aria-label="Code colours">
        {codes.map((code) => (
          <li key={code.id}>
            <span className="swatch" style={{ backgroundColor: code.colour }} aria-hidden="true" /> {code.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
