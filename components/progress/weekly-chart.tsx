"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "@/components/charts/palette";

export interface WeeklyChartPoint {
  /** The tick label, e.g. "2026-W35". */
  label: string;
  /** Mean mastery 0–100 of the week's completed attempts; null leaves a gap. */
  meanMastery: number | null;
  masteredTotal: number;
}

/**
 * Two lines over the weeks: mean mastery (left axis, 0–100) and modules mastered so far (right
 * axis). Weeks without a completed attempt leave a gap in the mastery line rather than a zero.
 */
export function WeeklyChart({ data, height = 260 }: { data: readonly WeeklyChartPoint[]; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 360, height }}>
      <LineChart data={[...data]} margin={{ top: 8, right: 4, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
        <YAxis yAxisId="mastery" domain={[0, 100]} width={36} tick={{ fontSize: 12 }} />
        <YAxis yAxisId="modules" orientation="right" allowDecimals={false} width={32} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span style={{ color: "var(--color-ink)" }}>{value}</span>} />
        <Line
          yAxisId="mastery"
          dataKey="meanMastery"
          name="Mean mastery (left axis)"
          type="monotone"
          stroke={CHART_COLORS.brand}
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="modules"
          dataKey="masteredTotal"
          name="Modules mastered (right axis)"
          type="stepAfter"
          stroke={CHART_COLORS.ok}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
