import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import type { Viewer } from "@/app/lib/auth/roles";
import { COMPETENCY_RULES } from "@/app/lib/domain/competency";
import { isNewBest, RACE_RULES } from "@/app/lib/domain/races";
import { requireViewer } from "@/app/lib/session";
import { Markdown } from "@/components/markdown/markdown";
import { clockText, linkClass, minutesText, subsystemLabel } from "@/components/modules/labels";
import { ModuleLeaderboard } from "@/components/races/leaderboard/module-leaderboard";
import type { SubmittedCheckpoint } from "@/components/races/runner/race-checkpoint";
import { deltaAgainst, MEDAL_ICONS, MEDAL_LABELS, targetSourceText } from "@/components/races/runner/race-format";
import type { RaceRunnerData } from "@/components/races/runner/race-runner";
import { RaceWorkspace } from "@/components/races/runner/race-workspace";
import type { GhostChoice, RaceAccess } from "@/components/races/runner/start-panel";
import { getModuleOverview } from "@/db/queries/modules";
import { getRaceView, type RaceView } from "@/db/races/engine";

export const dynamic = "force-dynamic";

/** Read once per request: the metadata and the page share it. */
const raceViewOf = cache(async (viewer: Viewer, slug: string) => (isSlug(slug) ? getRaceView(viewer, slug) : null));

function isSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,254}$/.test(slug);
}

type Props = {
  params: Promise<{ module: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { module: slug } = await props.params;
  const viewer = await requireViewer(`/races/${slug}`);
  const view = await raceViewOf(viewer, slug);
  return { title: view ? `Race: ${view.module.title}` : "Race not found" };
}

export default async function RacePage(props: Props) {
  const [{ module: slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const viewer = await requireViewer(`/races/${slug}`);
  const view = await raceViewOf(viewer, slug);
  if (!view) notFound();

  const student = viewer.role === "student" ? viewer.studentId : null;
  // An ordinary attempt in progress blocks a race until it is finished or abandoned: say so up front.
  const overview = student && !view.run && !view.module.locked ? await getModuleOverview(viewer, view.module.slug) : null;
  const access: RaceAccess =
    viewer.role !== "student"
      ? { kind: "staff" }
      : !student
        ? { kind: "unlinked" }
        : view.module.locked
          ? { kind: "locked", missing: view.module.missingPrerequisites }
          : { kind: "open", openAttempt: overview?.inProgressAttemptId != null };
  const ghosts: GhostChoice[] = view.ghostOptions.map(({ key, label, finish }) => ({ key, label, finish }));

  return (
    <div className="space-y-8">
      <Header view={view} />
      <RaceWorkspace
        slug={view.module.slug}
        access={access}
        ghosts={ghosts}
        checkpoints={view.checkpoints.map(({ id, title }) => ({ id, title }))}
        runner={runnerData(view)}
        lastFinish={view.lastFinish ? { race: view.lastFinish, ghostLabel: "the ghost you raced", ghostFinish: null } : null}
        masteryThreshold={overview?.spec?.masteryThreshold ?? COMPETENCY_RULES.masteryThreshold}
      />
      <section aria-labelledby="leaderboard-heading" className="space-y-4">
        <h2 id="leaderboard-heading" className="text-2xl font-semibold">
          Leaderboard
        </h2>
        <Suspense
          fallback={
            <div role="status" aria-busy="true" className="h-64 animate-pulse rounded-lg border border-line bg-white">
              <span className="sr-only">Loading the leaderboard</span>
            </div>
          }
        >
          <ModuleLeaderboard viewer={viewer} slug={view.module.slug} searchParams={searchParams} />
        </Suspense>
      </section>
    </div>
  );
}

function Header({ view }: { view: RaceView }) {
  const { module, targets, personalBest } = view;
  return (
    <header className="space-y-4">
      <nav aria-label="Race" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href="/races" className={linkClass}>
          <span aria-hidden="true">← </span>Races
        </Link>
        <Link href={`/modules/${module.slug}`} className={linkClass}>
          The module page
        </Link>
      </nav>
      <div className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">Race · {subsystemLabel(module.subsystem)}</p>
        <h1 className="text-3xl font-bold tracking-tight">{module.title}</h1>
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div className="flex gap-1">
          <dt className="text-muted">Estimated time:</dt>
          <dd>{minutesText(module.estimatedMinutes)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">Checkpoints:</dt>
          <dd>{view.checkpoints.length}</dd>
        </div>
        {personalBest ? (
          <div className="flex gap-1">
            <dt className="text-muted">Your best:</dt>
            <dd className="tabular-nums">
              {clockText(personalBest.timeSeconds)}
              {personalBest.medal ? ` · ${MEDAL_LABELS[personalBest.medal]}` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="targets-heading" className="space-y-2">
        <h2 id="targets-heading" className="text-sm font-semibold">
          Medal targets
        </h2>
        <ul className="flex flex-wrap gap-2">
          {(["gold", "silver", "bronze"] as const).map((medal) => (
            <li key={medal} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm">
              <span aria-hidden="true">{MEDAL_ICONS[medal]} </span>
              <span className="font-semibold">{MEDAL_LABELS[medal]}</span> <span className="tabular-nums">{clockText(targets[medal])}</span>
              <span className="text-muted"> or less</span>
            </li>
          ))}
        </ul>
        <p className="max-w-3xl text-sm text-muted">
          {targetSourceText(targets.source)} A medal also needs mastery of {RACE_RULES.masteryThreshold} or more. A run under that mastery, or faster than{" "}
          {Math.round(RACE_RULES.integrityFloorShareOfGold * 100)} % of the gold time, goes to faculty review instead of the leaderboard.
        </p>
      </section>
    </header>
  );
}

/** The race in progress as the runner needs it; null when there is none. */
function runnerData(view: RaceView): RaceRunnerData | null {
  const { run, attempt } = view;
  if (!run || !attempt || attempt.status !== "in_progress") return null;
  const ghost = view.ghostOptions.find((o) => o.key === run.ghost) ?? null;
  const ghostAt: Record<string, number | null> = {};
  const bestAt: Record<string, number | null> = {};
  view.checkpoints.forEach((checkpoint, index) => {
    ghostAt[checkpoint.id] = ghost?.splits[index] ?? null;
    bestAt[checkpoint.id] = view.personalBest?.splits[index] ?? null;
  });
  const submitted: Record<string, SubmittedCheckpoint> = {};
  for (const split of run.splits) {
    const result = attempt.checkpointResults[split.checkpointId];
    const ghostSeconds = ghostAt[split.checkpointId] ?? null;
    submitted[split.checkpointId] = {
      score: result ? { correct: result.correct, total: result.total } : null,
      split: {
        checkpointId: split.checkpointId,
        seconds: split.seconds,
        ghostSeconds,
        delta: deltaAgainst(split.seconds, ghostSeconds),
        newBest: isNewBest(split.seconds, bestAt[split.checkpointId] ?? null),
      },
    };
  }
  return {
    attemptId: run.attemptId,
    startedAt: run.startedAt,
    serverNow: run.serverNow,
    ghostLabel: ghost?.label ?? "the ghost",
    ghostFinish: ghost?.finish ?? null,
    masteryThreshold: attempt.spec.masteryThreshold,
    sections: attempt.spec.sections.map((section) => ({ title: section.title, body: <Markdown source={section.bodyMarkdown} headingLevel={3} /> })),
    checkpoints: attempt.spec.checkpoints,
    ghostAt,
    answers: attempt.answers,
    submitted,
  };
}
