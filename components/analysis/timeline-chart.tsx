"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from "recharts";
import { ChartFigure } from "./chart-figure";

const WIDTH = 880;
const HEIGHT = 320;

/** Units per month as bars (left axis) and the cumulative share of the dated units as a line (right axis, per cent). */
export function TimelineChart({ title, unit, months }: { title: string; unit: string; months: { month: string; count: number; cumulativePercent: number }[] }) {
  return (
    <ChartFigure title={title}>
      <ComposedChart width={WIDTH} height={HEIGHT} data={months} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 11 }} />
        <YAxis yAxisId="count" allowDecimals={false} />
        <YAxis yAxisId="share" orientation="right" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} />
        <Legend />
        <Bar yAxisId="count" dataKey="count" name={unit} fill="#0b57d0" isAnimationActive={false} />
        <Line yAxisId="share" dataKey="cumulativePercent" name="Cumulative share" stroke="#c62828" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFigure>
  );
}
