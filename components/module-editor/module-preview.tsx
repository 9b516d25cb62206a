"use client";

import type { ModuleSpec, Question } from "@/app/lib/domain/module-spec";
import { Markdown } from "@/components/markdown/markdown";
import { checkpointTitle, DIFFICULTY_LABELS, minutesText, plural, scoreText, subsystemLabel } from "@/components/modules/labels";
import { fractionToPercent } from "./numbers";

/**
 * The module as a student reads it while taking it: sections in order, each checkpoint after
 * its section, questions without their answers. The author view adds, clearly marked, the
 * answers and explanations a student only sees after submitting a checkpoint.
 */
export function ModulePreview({ spec, authorView }: { spec: ModuleSpec; authorView: boolean }) {
  const numberOf = new Map(spec.checkpoints.map((c, i) => [c, i + 1]));
  return (
    <article aria-label={`Preview of ${spec.title || "the module"}`} className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{subsystemLabel(spec.subsystem)}</p>
        <p className="text-2xl font-bold tracking-tight">{spec.title || <span className="text-muted">(no title yet)</span>}</p>
        <p className="text-sm text-muted">
          {DIFFICULTY_LABELS[spec.difficulty]}
          {Number.isFinite(spec.estimatedMinutes) && spec.estimatedMinutes > 0 ? ` · ${minutesText(spec.estimatedMinutes)}` : null}
          {Number.isFinite(spec.masteryThreshold) ? ` · mastered at ${scoreText(spec.masteryThreshold)} or more` : null}
        </p>
        {spec.summary ? <p>{spec.summary}</p> : null}
      </header>
      {spec.sections.length === 0 ? <p className="text-muted">No sections yet.</p> : null}
      <ol className="space-y-8">
        {spec.sections.map((section, index) => (
          <li key={index} className="space-y-4">
            <section className="space-y-3">
              <h3 className="text-xl font-semibold">
                <span className="text-muted">{index + 1}.</span> {section.title || <span className="text-muted">(untitled section)</span>}
              </h3>
              <Markdown source={section.bodyMarkdown} headingLevel={4} />
            </section>
            {spec.checkpoints
              .filter((checkpoint) => checkpoint.afterSection === index)
              .map((checkpoint) => (
                <section key={checkpoint.id} className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h4 className="text-lg font-semibold">
                      Checkpoint {numberOf.get(checkpoint)}: {checkpointTitle(checkpoint.title) || <span className="text-muted">(no title yet)</span>}
                    </h4>
                    <p className="text-sm text-muted">{plural(checkpoint.questions.length, "question")}</p>
                  </div>
                  <ol className="space-y-5">
                    {checkpoint.questions.map((question, q) => (
                      <li key={question.id} className="space-y-2">
                        <p className="text-sm font-medium text-muted">
                          Question {q + 1} of {checkpoint.questions.length}
                          {question.kind === "numeric" ? " · a number" : " · choose one"}
                        </p>
                        <div className="font-medium">
                          {question.prompt ? <Markdown source={question.prompt} headingLevel={5} /> : <p className="text-muted">(no prompt yet)</p>}
                        </div>
                        <QuestionBody question={question} />
                        {authorView ? <AuthorNotes question={question} /> : null}
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
          </li>
        ))}
      </ol>
    </article>
  );
}

function QuestionBody({ question }: { question: Question }) {
  if (question.kind === "multiple_choice") {
    return (
      <ul className="space-y-2">
        {question.options.map((option) => (
          <li key={option.id} className="flex items-start gap-3 rounded-md border border-line bg-white px-3 py-2">
            <span aria-hidden="true" className="mt-0.5 inline-block size-4 shrink-0 rounded-full border-2 border-muted" />
            <span>{option.text || <span className="text-muted">(empty option)</span>}</span>
          </li>
        ))}
      </ul>
    );
  }
  const units = [question.unit, ...Object.keys(question.alternativeUnits ?? {})].filter((u, i, all) => u && all.indexOf(u) === i);
  return (
    <p className="text-sm text-muted">
      Students type a number{units.length > 0 ? ` in ${units.join(", ")}` : ""}.
    </p>
  );
}

/** Only in the author view: what a student sees after submitting, labelled as such. */
function AuthorNotes({ question }: { question: Question }) {
  return (
    <div className="space-y-1 rounded-md border-l-4 border-amber-400 bg-amber-50 p-3 text-sm">
      <p>
        <span className="font-semibold">Answer: </span>
        {answerText(question)}
      </p>
      <div>
        <p className="font-semibold">Explanation</p>
        {question.explanation ? <Markdown source={question.explanation} headingLevel={5} /> : <p className="text-muted">(none yet)</p>}
      </div>
    </div>
  );
}

export function answerText(question: Question): string {
  if (question.kind === "multiple_choice") {
    const right = question.options.find((o) => o.id === question.correctOptionId);
    return right ? `${right.id}: ${right.text || "(empty option)"}` : "not chosen yet";
  }
  if (!Number.isFinite(question.answer)) return "not a number yet";
  const { absolute, relative } = question.tolerance;
  const within = [
    absolute !== undefined && Number.isFinite(absolute) ? `± ${absolute} ${question.unit}`.trim() : null,
    relative !== undefined && Number.isFinite(relative) ? `± ${fractionToPercent(relative)} %` : null,
  ].filter(Boolean);
  const others = Object.entries(question.alternativeUnits ?? {}).map(([unit, factor]) => `${unit} (×${factor})`);
  return [
    `${question.answer} ${question.unit}`.trim(),
    within.length > 0 ? `, accepted within ${within.join(" or ")}` : ", no tolerance yet",
    others.length > 0 ? `; also in ${others.join(", ")}` : "",
  ].join("");
}
