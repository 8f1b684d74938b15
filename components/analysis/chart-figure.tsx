import type { ReactNode } from "react";

/** A chart with its title; the chart is an image to screen readers, pointed at the table that holds its figures. */
export function ChartFigure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <figure className="analysis-figure">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={`${title}: a chart; its figures are in the table below it.`}>
        {children}
      </div>
    </figure>
  );
}
