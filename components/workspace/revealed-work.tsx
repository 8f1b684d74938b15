import type { RevealedLayer } from "@/lib/annotations/revealed-layer";
import type { CodeJson } from "@/lib/codebook/code-json";

/**
 * The other coders' annotations of this statement, read-only and named by coder, shown once the supervisor has
 * revealed coders' work to each other.
 */
export function RevealedWork({ layers, codes }: { layers: readonly RevealedLayer[]; codes: readonly CodeJson[] }) {
  const nameOf = new Map(codes.map((code) => [code.id, code.name]));
  return (
    <details className="facts-panel" open>
      <summary>Other coders&apos; work (revealed by the supervisor)</summary>
      {layers.length === 0 ? (
        <p className="muted">No other coder is assigned this statement.</p>
      ) : (
        layers.map((layer) => (
          <section key={layer.coder} aria-label={`${layer.coder}'s annotations`}>
            <h3>{layer.coder}</h3>
            {layer.annotations.length === 0 ? (
              <p className="muted">Nothing coded.</p>
            ) : (
              <ul className="revealed-list">
                {layer.annotations.map((annotation) => (
                  <li key={annotation.id}>
                    <span className="option-code">{nameOf.get(annotation.code) ?? "Unknown code"}</span>{" "}
                    <q dir="auto">{annotation.quote}</q>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </details>
  );
}
