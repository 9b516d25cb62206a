"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "@/components/charts/palette";
import { clockText } from "@/components/modules/labels";

export interface SplitChartPoint {
  /** "Start", "1. Preload", "Finish". */
  label: string;
  /** Your cumulative time; null where you have none (a checkpoint left unsubmitted). */
  you: number | null;
  /** The ghost cohort's p25–p75 band here, null when it has none. */
  band: [number, number] | null;
  median: number | null;
}

/** Your cumulative times against the ghost cohort's quartile band and median, in seconds from the start. */
export function SplitsChart({ data, height = 260 }: { data: readonly SplitChartPoint[]; height?: number }) {
  const format = (value: unknown) => (Array.isArray(value) ? value.map((v) => clockText(Number(v))).join(" – ") : clockText(Number(value)));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      <ComposedChart data={[...data]} margin={{ top: 8, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis width={48} tick={{ fontSize: 12 }} tickFormatter={(value: number) => clockText(value)} />
        <Tooltip formatter={format} />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span style={{ color: "var(--color-ink)" }}>{value}</span>} />
        <Area
          dataKey="band"
          name="Ghost cohort, middle half (p25–p75)"
          type="linear"
          stroke="none"
          fill={CHART_COLORS.neutral}
          fillOpacity={0.3}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="median"
          name="Ghost cohort median"
          type="linear"
          stroke={CHART_COLORS.muted}
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
        <Line dataKey="you" name="You" type="linear" stroke={CHART_COLORS.brand} strokeWidth={3} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
