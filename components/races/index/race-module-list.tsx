import Link from "next/link";
import { clockText, linkClass, plural } from "@/components/modules/labels";
import { LockNotice } from "@/components/modules/module-card";
import { MedalBadge, RaceTime } from "@/components/races/leaderboard/format";
import { MEDAL_ICONS, MEDAL_LABELS } from "@/components/races/runner/race-format";
import type { RaceModule, RaceSubsystem } from "@/db/queries/races-index";

/** The modules to race, by subsystem: for a student with their best time, and locks with why. */
export function RaceModuleList({ subsystems, personal }: { subsystems: RaceSubsystem[]; personal: boolean }) {
  return (
    <div className="space-y-8">
      <nav aria-label="Subsystems" className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {subsystems.map((s) => (
          <a key={s.subsystem} href={`#race-${s.subsystem}`} className={linkClass}>
            {s.label}
          </a>
        ))}
      </nav>
      {subsystems.map((s) => {
        const raced = s.modules.filter((m) => m.best).length;
        const locked = s.modules.filter((m) => m.locked).length;
        return (
          <section key={s.subsystem} id={`race-${s.subsystem}`} aria-labelledby={`race-${s.subsystem}-heading`} className="scroll-mt-4 space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
              <h3 id={`race-${s.subsystem}-heading`} className="text-lg font-semibold">
                {s.label}
              </h3>
              <p className="text-sm text-muted">
                {personal ? `${raced} of ${plural(s.modules.length, "race")} finished${locked ? `, ${locked} locked` : ""}` : plural(s.modules.length, "race")}
              </p>
            </div>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {s.modules.map((m) => (
                <li key={m.id}>
                  <RaceCard module={m} personal={personal} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function RaceCard({ module, personal }: { module: RaceModule; personal: boolean }) {
  return (
    <article className={`flex h-full flex-col gap-2 rounded-lg border bg-white p-4 shadow-sm ${module.locked ? "border-dashed border-line" : "border-line"}`}>
      <h4 className="font-semibold">
        <Link href={`/races/${module.slug}`} className="text-brand underline-offset-2 hover:underline">
          {module.title}
        </Link>
      </h4>
      <dl className="space-y-1 text-sm">
        {personal ? (
          <div className="flex flex-wrap items-center gap-x-1">
            <dt className="text-muted">Your best:</dt>
            <dd className="flex flex-wrap items-center gap-2">
              {module.best ? (
                <>
                  <RaceTime seconds={module.best.timeSeconds} />
                  <MedalBadge medal={module.best.medal} />
                </>
              ) : (
                "not raced yet"
              )}
            </dd>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-x-1">
          <dt className="text-muted">Ghost median:</dt>
          <dd>
            {module.ghost ? (
              <>
                <RaceTime seconds={module.ghost.medianSeconds} />
                <span className="text-muted"> (earlier cohorts, {plural(module.ghost.students, "student")})</span>
              </>
            ) : (
              "no earlier cohort large enough yet"
            )}
          </dd>
        </div>
        {module.targets ? (
          <div className="flex flex-wrap gap-x-1">
            <dt className="text-muted">Targets:</dt>
            <dd className="tabular-nums">
              {(["gold", "silver", "bronze"] as const).map((medal, i) => (
                <span key={medal}>
                  {i > 0 ? " · " : null}
                  <span aria-hidden="true">{MEDAL_ICONS[medal]} </span>
                  <span className="sr-only">{MEDAL_LABELS[medal]} </span>
                  {clockText(module.targets![medal])}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-x-1">
          <dt className="text-muted">On the board:</dt>
          <dd>{plural(module.boardStudents, "student")}</dd>
        </div>
      </dl>
      {module.locked ? (
        <div className="mt-auto">
          <LockNotice missing={module.missingPrerequisites} />
        </div>
      ) : null}
    </article>
  );
}
