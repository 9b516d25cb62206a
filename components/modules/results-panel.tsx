import Link from "next/link";
import type { RefObject } from "react";
import type { CompetencyLevel, Subsystem } from "@/app/lib/domain/vocabulary";
import { Markdown } from "@/components/markdown/markdown";
import { checkpointTitle, durationText, LEVEL_LABELS, linkClass, modulesToNextLevel, plural, scoreText, subsystemLabel } from "./labels";

/** A finished attempt, as the results panel shows it: straight after finishing, or on a later visit. */
export interface AttemptResults {
  attemptNumber: number;
  masteryScore: number;
  masteryThreshold: number;
  timeSpentSeconds: number;
  errorsCount: number;
  mastered: boolean;
  /** This attempt is the student's best on the module so far. */
  personalBest: boolean;
  bestMastery: number | null;
  /** Null when not known: an attempt recorded before this page kept them, seen on a later visit. */
  wrong: { checkpointTitle: string; prompt: string; correctAnswer?: string; explanation: string }[] | null;
  /** How the attempt moved the subsystem's level; only known straight after finishing. */
  competency: null | { subsystem: Subsystem; before: CompetencyLevel; after: CompetencyLevel; modulesCompleted: number; total: number };
}

/** Works on the server and in the browser: the module page renders it from either. */
export function ResultsPanel({
  results,
  headingRef,
  lead = "Your result",
}: {
  results: AttemptResults;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  lead?: string;
}) {
  const { competency } = results;
  return (
    <section aria-labelledby="results-heading" className="space-y-5 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
      <div className="space-y-1">
        <h2 id="results-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {lead}: attempt {results.attemptNumber}
        </h2>
        <p className={`text-lg font-semibold ${results.mastered ? "text-ok" : "text-warn"}`}>
          {results.mastered
            ? `Mastered: ${scoreText(results.masteryScore)} of 100.`
            : `Not mastered yet: ${scoreText(results.masteryScore)} of 100, and mastery needs ${scoreText(results.masteryThreshold)}.`}
        </p>
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Mastery score" value={scoreText(results.masteryScore)} />
        <Figure label="Time" value={durationText(results.timeSpentSeconds)} />
        <Figure label="Errors" value={String(results.errorsCount)} />
        <Figure
          label="Personal best"
          value={results.bestMastery === null ? "—" : scoreText(results.bestMastery)}
          note={results.personalBest ? "New personal best" : undefined}
        />
      </dl>

      {competency ? (
        <div className="space-y-1">
          <h3 className="font-semibold">Competency</h3>
          <p>{competencyText(competency)}</p>
        </div>
      ) : null}

      {results.wrong ? (
        <div className="space-y-3">
          <h3 className="font-semibold">
            {results.wrong.length === 0 ? "Every question right" : `What to look at again (${plural(results.wrong.length, "question")})`}
          </h3>
          {results.wrong.length > 0 ? (
            <ol className="space-y-3">
              {results.wrong.map((item, index) => (
                <li key={index} className="space-y-2 rounded-md border-l-4 border-bad bg-red-50 p-3">
                  <p className="text-sm font-medium text-muted">Checkpoint: {checkpointTitle(item.checkpointTitle)}</p>
                  <Markdown source={item.prompt} headingLevel={5} />
                  {item.correctAnswer ? (
                    <p className="text-sm">
                      <span className="font-semibold">Right answer:</span> {item.correctAnswer}
                    </p>
                  ) : null}
                  <div className="text-sm">
                    <p className="font-semibold">Why</p>
                    <Markdown source={item.explanation} headingLevel={5} />
                  </div>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}

      <p>
        <Link href="/me" className={linkClass}>
          See your progress
        </Link>
      </p>
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-md border border-line bg-canvas p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
      {note ? <dd className="text-sm font-medium text-ok">{note}</dd> : null}
    </div>
  );
}

export function competencyText(c: NonNullable<AttemptResults["competency"]>): string {
  const subsystem = subsystemLabel(c.subsystem);
  if (c.before !== c.after) return `${subsystem}: ${LEVEL_LABELS[c.before]} → ${LEVEL_LABELS[c.after]} (${c.modulesCompleted} of ${c.total} modules mastered).`;
  const next = modulesToNextLevel(c.after, c.modulesCompleted, c.total);
  if (!next) return `${subsystem} unchanged: ${LEVEL_LABELS[c.after]}, the top level.`;
  if (next.more === 0) return `${subsystem} unchanged: ${LEVEL_LABELS[c.after]}. You have the modules for ${LEVEL_LABELS[next.level]}; your progress page shows what else it needs.`;
  return `${subsystem} unchanged: ${LEVEL_LABELS[c.after]} — ${plural(next.more, "more module")} to ${LEVEL_LABELS[next.level]}.`;
}
