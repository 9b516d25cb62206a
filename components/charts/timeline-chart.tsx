"use client";

import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TimelinePoint {
  /** The tick label, e.g. "Jan 2025". */
  label: string;
  value: number;
}

/** Values over time: bars for amounts per period, an area for a running total. */
export function TimelineChart({
  data,
  kind,
  valueLabel,
  color,
  height = 240,
}: {
  data: readonly TimelinePoint[];
  kind: "bars" | "area";
  valueLabel: string;
  color: string;
  height?: number;
}) {
  const points = [...data];
  const axes = (
    <>
      <CartesianGrid vertical={false} stroke="var(--color-line)" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
      <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
      <Tooltip />
    </>
  );
  const margin = { top: 8, right: 12, bottom: 4, left: 0 };
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      {kind === "bars" ? (
        <BarChart data={points} margin={margin} accessibilityLayer={false}>
          {axes}
          <Bar dataKey="value" name={valueLabel} fill={color} isAnimationActive={false} />
        </BarChart>
      ) : (
        <AreaChart data={points} margin={margin} accessibilityLayer={false}>
          {axes}
          <Area
            dataKey="value"
            name={valueLabel}
            type="monotone"
            stroke={color}
            fill={color}
            fillOpacity={0.15}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      )}
    </ResponsiveContainer>
  );
}
