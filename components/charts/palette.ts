/**
 * Chart colours, as CSS variables of the theme (app/globals.css) where it has one. Charts never
 * rely on colour alone: every series is in the legend, the tooltip and the data table.
 */
export const CHART_COLORS = {
  brand: "var(--color-brand)",
  ok: "var(--color-ok)",
  warn: "var(--color-warn)",
  bad: "var(--color-bad)",
  muted: "var(--color-muted)",
  neutral: "var(--chart-neutral, #94a3b8)",
  accent: "var(--chart-accent, #0e7490)",
  faint: "var(--chart-faint, #cbd5e1)",
  grid: "var(--color-line)",
} as const;
