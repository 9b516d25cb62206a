import type { Medal } from "@/app/lib/domain/races";
import { clockText, durationText } from "@/components/modules/labels";
import { MEDAL_ICONS, MEDAL_LABELS } from "@/components/races/runner/race-format";

/** Small pieces shared by the leaderboard and the /races index; medal words are the race page's. */
const MEDAL_STYLES: Record<Medal, string> = {
  gold: "border-amber-300 bg-amber-50 text-amber-900",
  silver: "border-slate-300 bg-slate-50 text-slate-800",
  bronze: "border-orange-300 bg-orange-50 text-orange-900",
};

/** A medal in words (the icon is decoration); a dash with a spoken "no medal" for none. */
export function MedalBadge({ medal }: { medal: Medal | null }) {
  if (!medal) {
    return (
      <span className="text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">no medal</span>
      </span>
    );
  }
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-sm font-medium ${MEDAL_STYLES[medal]}`}>
      <span aria-hidden="true">{MEDAL_ICONS[medal]}</span>
      {MEDAL_LABELS[medal]}
    </span>
  );
}

/** A race time as a clock ("4:07"), read out in words ("4 min 7 s"). */
export function RaceTime({ seconds }: { seconds: number }) {
  return (
    <>
      <span aria-hidden="true" className="tabular-nums">
        {clockText(seconds)}
      </span>
      <span className="sr-only">{durationText(seconds)}</span>
    </>
  );
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function dayText(iso: string): string {
  return DAY.format(new Date(iso));
}

/** "same day", "1 day", "12 days". */
export function daysText(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  if (rounded === 0) return "same day";
  return `${rounded} ${rounded === 1 ? "day" : "days"}`;
}
