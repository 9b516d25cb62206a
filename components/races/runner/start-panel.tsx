"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { GhostKey } from "@/app/lib/domain/race-data";
import { RACE_RULES } from "@/app/lib/domain/races";
import { clockText, linkClass, primaryButton } from "@/components/modules/labels";
import { DEFAULT_GHOST } from "./race-format";

/** A ghost the student may race, as the picker lists it. */
export interface GhostChoice {
  key: GhostKey;
  label: string;
  finish: number | null;
}

/** Who is looking, and whether they may start a race on this module. */
export type RaceAccess =
  | { kind: "open"; openAttempt: boolean }
  | { kind: "locked"; missing: { slug: string; title: string }[] }
  /** Faculty and admins see the race (targets, ghosts, leaderboard); only students run it. */
  | { kind: "staff" }
  /** A student account without a student record: a race could not be recorded. */
  | { kind: "unlinked" };

export function ghostDescription(choice: GhostChoice): string {
  if (choice.finish !== null) return `finishes in ${clockText(choice.finish)}`;
  return choice.key === "median" ? "no earlier cohort has recorded times here yet: you race the medal targets" : "no recorded finish";
}

/** Choose a ghost, then Start: the clock starts on the server when the race is created. */
export function StartPanel({
  slug,
  access,
  ghosts,
  again,
  action,
  starting,
  error,
  attemptOpenRefused,
}: {
  slug: string;
  access: RaceAccess;
  ghosts: readonly GhostChoice[];
  again: boolean;
  action: (formData: FormData) => void;
  starting: boolean;
  error: string | null;
  /** The server refused the start because an ordinary attempt is open (it opened after the page loaded). */
  attemptOpenRefused: boolean;
}) {
  const id = useId();
  const [ghost, setGhost] = useState<GhostKey>(ghosts.some((g) => g.key === DEFAULT_GHOST) ? DEFAULT_GHOST : (ghosts[0]?.key ?? DEFAULT_GHOST));

  if (access.kind === "staff") {
    return (
      <section aria-labelledby={`${id}-ghosts`} className="space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
        <h2 id={`${id}-ghosts`} className="text-xl font-semibold">
          Ghosts on this module
        </h2>
        <GhostList ghosts={ghosts} />
        <p className="text-sm text-muted">Students race here against one of these ghosts; faculty and admins see the targets, the ghosts and the leaderboard.</p>
      </section>
    );
  }
  if (access.kind === "unlinked") {
    return (
      <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
        Your account is not linked to a student record yet, so a race could not be recorded. Ask an admin to link it.
      </p>
    );
  }
  if (access.kind === "locked") {
    return (
      <div className="space-y-3">
        <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-4">
          <p className="font-semibold">
            <span aria-hidden="true">🔒 </span>Locked — master{" "}
            {access.missing.map((m, i) => (
              <span key={m.slug}>
                {i > 0 ? (i === access.missing.length - 1 ? " and " : ", ") : null}
                <Link href={`/modules/${m.slug}`} className={linkClass}>
                  {m.title}
                </Link>
              </span>
            ))}{" "}
            first.
          </p>
          <p className="text-sm text-muted">
            A race is an attempt at the module, so it opens with the module: once each required prerequisite is mastered (a finished attempt scoring{" "}
            {RACE_RULES.masteryThreshold} or more).
          </p>
        </div>
        <GhostList ghosts={ghosts} />
      </div>
    );
  }

  const openAttempt = access.openAttempt || attemptOpenRefused;
  return (
    <form action={action} className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <input type="hidden" name="slug" value={slug} />
      <fieldset className="space-y-3" disabled={starting} aria-describedby={`${id}-help`}>
        <legend className="text-xl font-semibold">Race against</legend>
        <p id={`${id}-help`} className="text-sm text-muted">
          A ghost is an earlier pace through this module. At each checkpoint you see your time against the ghost&apos;s.
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {ghosts.map((choice) => (
            <div key={choice.key} className="flex items-start gap-3 rounded-md border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-blue-50">
              <input
                type="radio"
                id={`${id}-${choice.key}`}
                name="ghost"
                value={choice.key}
                checked={ghost === choice.key}
                onChange={() => setGhost(choice.key)}
                aria-describedby={`${id}-${choice.key}-finish`}
                className="mt-1 size-4 shrink-0 accent-brand"
              />
              <label htmlFor={`${id}-${choice.key}`} className="grow cursor-pointer">
                <span className="block font-medium">
                  {choice.label}
                  {choice.key === DEFAULT_GHOST ? <span className="font-normal text-muted"> (default)</span> : null}
                </span>
                <span id={`${id}-${choice.key}-finish`} className="block text-sm text-muted">
                  {ghostDescription(choice)}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {openAttempt ? (
        <div className="space-y-3 rounded-md border border-amber-200 bg-amber-50 p-3">
          <p className="font-semibold text-warn">You have an ordinary attempt at this module in progress.</p>
          <p className="text-sm">
            A race is an attempt timed from its start, so it cannot share that attempt. Finish it on the module page, or abandon it (its answers are kept on
            record but it is not scored) and race.
          </p>
          <input type="hidden" name="abandonOpenAttempt" value="yes" />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={starting} className={primaryButton}>
              {starting ? "Starting…" : "Abandon it and race"}
            </button>
            <Link href={`/modules/${slug}`} className={linkClass}>
              Go to the module to finish it
            </Link>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={starting} className={primaryButton}>
            {starting ? "Starting…" : again ? "Race again" : "Start race"}
          </button>
          <p className="text-sm text-muted">The server starts the clock when you press {again ? "Race again" : "Start race"}; a reload does not stop it.</p>
        </div>
      )}
      {error && !attemptOpenRefused ? (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function GhostList({ ghosts }: { ghosts: readonly GhostChoice[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {ghosts.map((choice) => (
        <li key={choice.key} className="rounded-md border border-line bg-white px-3 py-2">
          <span className="block font-medium">{choice.label}</span>
          <span className="block text-sm text-muted">{ghostDescription(choice)}</span>
        </li>
      ))}
    </ul>
  );
}
