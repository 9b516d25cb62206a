import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { can, type Viewer } from "@/app/lib/auth/roles";
import { COMPETENCY_RULES, isMastered } from "@/app/lib/domain/competency";
import type { PublicModuleSpec } from "@/app/lib/domain/module-spec";
import { requireViewer } from "@/app/lib/session";
import { Markdown } from "@/components/markdown/markdown";
import type { RunnerData } from "@/components/modules/attempt-runner";
import type { CheckpointReview } from "@/components/modules/checkpoint-form";
import { checkpointTitle, difficultyText, durationText, linkClass, minutesText, plural, scoreText, subsystemLabel } from "@/components/modules/labels";
import { StatusBadge } from "@/components/modules/module-card";
import { ModuleWorkspace, type StartAccess } from "@/components/modules/module-workspace";
import type { AttemptResults } from "@/components/modules/results-panel";
import { ModuleSandboxesSection } from "@/components/module-sandboxes/module-sandboxes";
import { getAttempt, type AttemptView } from "@/db/learning/attempts";
import { getModuleSandboxes } from "@/db/modules/sandboxes";
import { getModuleOverview, type ModuleOverview } from "@/db/queries/modules";

export const dynamic = "force-dynamic";

/** Read once per request: the metadata and the page share it. */
const overviewOf = cache(async (viewer: Viewer, slug: string) => (isSlug(slug) ? getModuleOverview(viewer, slug) : null));

function isSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,254}$/.test(slug);
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug } = await props.params;
  const viewer = await requireViewer(`/modules/${slug}`);
  const overview = await overviewOf(viewer, slug);
  return { title: overview ? overview.title : "Module not found" };
}

export default async function ModulePage(props: Props) {
  const { slug } = await props.params;
  const viewer = await requireViewer(`/modules/${slug}`);
  const overview = await overviewOf(viewer, slug);
  if (!overview) notFound();

  const student = viewer.role === "student" ? viewer.studentId : null;
  // Only ever getAttempt's view reaches the browser: the public spec plus submitted checkpoints.
  const [attempt, sandboxes] = await Promise.all([
    student && overview.inProgressAttemptId !== null ? getAttempt(viewer, overview.inProgressAttemptId) : null,
    getModuleSandboxes(viewer, overview.slug),
  ]);
  const staff = can(viewer, "modules.edit");
  const masteryThreshold = overview.spec?.masteryThreshold ?? COMPETENCY_RULES.masteryThreshold;

  const access: StartAccess =
    viewer.role !== "student"
      ? { kind: "staff" }
      : !student
        ? { kind: "unlinked" }
        : overview.locked
          ? { kind: "locked", missing: overview.missingPrerequisites }
          : { kind: "open" };

  return (
    <div className="space-y-8">
      <Header overview={overview} personal={student !== null} staff={staff} />
      <ModuleWorkspace
        slug={overview.slug}
        access={access}
        outline={<Outline overview={overview} />}
        attempt={attempt?.status === "in_progress" ? runnerData(attempt) : null}
        lastResults={attempt?.status === "in_progress" ? null : lastResults(overview, masteryThreshold)}
        masteryThreshold={masteryThreshold}
      />
      {sandboxes && (staff || sandboxes.environments.length > 0) ? <ModuleSandboxesSection data={sandboxes} /> : null}
      {student && overview.attempts.length > 0 ? <AttemptHistory overview={overview} /> : null}
    </div>
  );
}

function Header({ overview, personal, staff }: { overview: ModuleOverview; personal: boolean; staff: boolean }) {
  const calibration = overview.calibration;
  return (
    <header className="space-y-4">
      <p className="text-sm">
        <Link href="/modules" className={linkClass}>
          <span aria-hidden="true">← </span>Modules
        </Link>
      </p>
      <div className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{subsystemLabel(overview.subsystem)}</p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{overview.title}</h1>
          {personal ? <StatusBadge module={overview} /> : null}
        </div>
      </div>
      {staff ? (
        <nav aria-label="Module authoring" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <Link href={`/modules/${overview.slug}/edit`} className={linkClass}>
            Edit module
          </Link>
          <Link href={`/modules/${overview.slug}/history`} className={linkClass}>
            Version history
          </Link>
        </nav>
      ) : null}
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div className="flex gap-1">
          <dt className="text-muted">Difficulty:</dt>
          <dd>
            {difficultyText(overview.difficulty, calibration?.sampleSize)}
            {calibration?.successRate != null ? `, ${Math.round(calibration.successRate)} % reach mastery` : null}
          </dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">Estimated time:</dt>
          <dd>{minutesText(overview.estimatedMinutes)}</dd>
        </div>
        {calibration?.averageTimeSeconds ? (
          <div className="flex gap-1">
            <dt className="text-muted">Students take:</dt>
            <dd>{durationText(calibration.averageTimeSeconds)} on average</dd>
          </div>
        ) : null}
        {overview.versionNumber ? (
          <div className="flex gap-1">
            <dt className="text-muted">Version:</dt>
            <dd>{overview.versionNumber}</dd>
          </div>
        ) : null}
        {/* A major version restarts calibration; the previous major's figures stay in view. */}
        {overview.previousCalibrations.slice(-1).map((p) => (
          <div key={p.majorVersion} className="flex gap-1">
            <dt className="text-muted">Version {p.majorVersion}:</dt>
            <dd>
              {p.difficultyLevel ?? "not calibrated"}
              {p.successRate === null ? "" : `, ${Math.round(p.successRate)} % reach mastery`}, {plural(p.sampleSize, "attempt")}
            </dd>
          </div>
        ))}
      </dl>
      {overview.prerequisites.length > 0 ? (
        <section aria-labelledby="prerequisites-heading" className="space-y-1">
          <h2 id="prerequisites-heading" className="text-sm font-semibold">
            Builds on
          </h2>
          <ul className="space-y-1 text-sm">
            {overview.prerequisites.map((p) => {
              const missing = overview.missingPrerequisites.some((m) => m.slug === p.slug);
              return (
                <li key={p.slug}>
                  <Link href={`/modules/${p.slug}`} className={linkClass}>
                    {p.title}
                  </Link>{" "}
                  <span className="text-muted">({p.required ? "required" : "recommended"})</span>
                  {personal && p.required ? (
                    <span className={missing ? "text-warn" : "text-ok"}>
                      {" "}
                      — {missing ? "not mastered yet" : <><span aria-hidden="true">✓ </span>mastered</>}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </header>
  );
}

/** Before an attempt: what the module covers, without its text or questions. */
function Outline({ overview }: { overview: ModuleOverview }) {
  const spec: PublicModuleSpec | null = overview.spec;
  return (
    <section aria-labelledby="outline-heading" className="max-w-3xl space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <h2 id="outline-heading" className="text-xl font-semibold">
        What this module covers
      </h2>
      {overview.summary ? <p>{overview.summary}</p> : null}
      {spec ? (
        <ol className="list-decimal space-y-2 pl-6">
          {spec.sections.map((section, index) => {
            const checkpoints = spec.checkpoints.filter((c) => c.afterSection === index);
            return (
              <li key={index}>
                <span className="font-medium">{section.title}</span>
                {checkpoints.map((c) => (
                  <span key={c.id} className="block text-sm text-muted">
                    Then a checkpoint: {checkpointTitle(c.title)} ({plural(c.questions.length, "question")})
                  </span>
                ))}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-muted">This module has no readable content yet.</p>
      )}
      {spec ? (
        <p className="text-sm text-muted">
          Mastery needs a score of {scoreText(spec.masteryThreshold)} or more across all checkpoints.
        </p>
      ) : null}
    </section>
  );
}

function runnerData(attempt: AttemptView): RunnerData {
  const reviews: Record<string, CheckpointReview> = {};
  for (const [checkpointId, result] of Object.entries(attempt.checkpointResults)) {
    const revealed = attempt.revealed[checkpointId];
    if (revealed) reviews[checkpointId] = { correct: result.correct, total: result.total, wrong: result.wrong, questions: revealed.questions };
  }
  return {
    attemptId: attempt.attemptId,
    startedAt: attempt.startedAt,
    serverNow: attempt.now,
    sections: attempt.spec.sections.map((section) => ({ title: section.title, body: <Markdown source={section.bodyMarkdown} headingLevel={3} /> })),
    checkpoints: attempt.spec.checkpoints,
    answers: attempt.answers,
    reviews,
  };
}

/** On a later visit: the latest completed attempt from the record (its wrong answers are not kept there). */
function lastResults(overview: ModuleOverview, masteryThreshold: number): AttemptResults | null {
  const last = overview.attempts.find((a) => a.completed && a.masteryScore !== null);
  if (!last || last.masteryScore === null) return null;
  return {
    attemptNumber: last.attemptNumber,
    masteryScore: last.masteryScore,
    masteryThreshold,
    timeSpentSeconds: last.timeSpentSeconds ?? 0,
    errorsCount: last.errorsCount ?? 0,
    mastered: isMastered(last.masteryScore),
    personalBest: overview.bestMastery !== null && last.masteryScore >= overview.bestMastery,
    bestMastery: overview.bestMastery,
    wrong: null,
    competency: null,
  };
}

function AttemptHistory({ overview }: { overview: ModuleOverview }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-xl font-semibold">
        Your attempts
      </h2>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Your attempts at {overview.title}, newest first</caption>
          <thead className="bg-canvas text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Attempt
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Mastery
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Time
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Errors
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Finished
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.attempts.map((a) => (
              <tr key={a.attemptNumber} className="border-t border-line">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  #{a.attemptNumber}
                </th>
                <td className="px-3 py-2 text-right tabular-nums">
                  {a.masteryScore === null ? "—" : scoreText(a.masteryScore)}
                  {a.masteryScore !== null && isMastered(a.masteryScore) ? <span className="text-ok"> · mastered</span> : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{a.timeSpentSeconds === null ? "—" : durationText(a.timeSpentSeconds)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{a.errorsCount ?? "—"}</td>
                <td className="px-3 py-2">{a.completed ? (a.at ? dateText(a.at) : "Yes") : "Not completed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function dateText(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
