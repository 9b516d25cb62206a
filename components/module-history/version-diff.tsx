import {
  bumpReasons,
  isEmptyDiff,
  MAJOR_QUESTION_FIELDS,
  suggestBump,
  type MetadataChange,
  type SectionChange,
  type SpecDiff,
} from "@/app/lib/domain/module-diff";
import { SUBSYSTEMS, type Subsystem } from "@/app/lib/domain/vocabulary";
import { DIFFICULTY_LABELS, minutesText, subsystemLabel } from "@/components/modules/labels";
import { BUMP_MEANING, CHECKPOINT_FIELD_LABELS, METADATA_LABELS, QUESTION_FIELD_LABELS, WORDED_QUESTION_FIELDS } from "./labels";
import { LineChanges, WordDiff } from "./word-diff";

/**
 * What changed between two versions, in the order an author reads a module: its details,
 * sections, checkpoints, questions. Changes to scoring are called out first, because they are
 * what makes results before and after incomparable.
 */
export function VersionDiff({ from, to, diff }: { from: string; to: string; diff: SpecDiff }) {
  if (isEmptyDiff(diff)) {
    return <p className="rounded-md border border-line bg-white px-4 py-3">Versions {from} and {to} have the same content.</p>;
  }
  const reasons = bumpReasons(diff);
  const scoring = reasons.filter((r) => r.bump === "major");
  return (
    <div className="space-y-6">
      <p>
        From version {from} to version {to}. Changes like these call for a <strong>{suggestBump(diff)}</strong> version ({BUMP_MEANING[suggestBump(diff)]}).
      </p>
      {scoring.length > 0 ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
          <h3 className="font-semibold text-warn">Scoring changed</h3>
          <p className="text-sm">
            Results on these two versions are not comparable: a major version starts calibration again.
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {scoring.map((r) => (
              <li key={r.reason}>{r.reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.metadata.length > 0 ? <MetadataChanges changes={diff.metadata} /> : null}
      <SectionChanges diff={diff} />
      <CheckpointChanges diff={diff} />
      <QuestionChanges diff={diff} />
    </div>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3">
      <h3 className="text-lg font-semibold">{title}</h3>
      {children}
    </section>
  );
}

const itemClass = "space-y-2 rounded-md border border-line bg-white px-4 py-3";

function Tag({ tone, children }: { tone: "added" | "removed" | "changed" | "scoring"; children: React.ReactNode }) {
  const style = {
    added: "border-green-200 bg-green-50 text-ok",
    removed: "border-red-200 bg-red-50 text-bad",
    changed: "border-line bg-canvas text-muted",
    scoring: "border-amber-300 bg-amber-50 text-warn",
  }[tone];
  return <span className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold ${style}`}>{children}</span>;
}

function metadataValue(change: MetadataChange, side: "before" | "after"): string {
  const value = change[side];
  if (change.field === "subsystem" && SUBSYSTEMS.includes(value as Subsystem)) return subsystemLabel(value as Subsystem);
  if (change.field === "difficulty" && typeof value === "string" && value in DIFFICULTY_LABELS) return DIFFICULTY_LABELS[value as keyof typeof DIFFICULTY_LABELS];
  if (change.field === "estimatedMinutes" && typeof value === "number") return minutesText(value);
  return String(value);
}

function MetadataChanges({ changes }: { changes: MetadataChange[] }) {
  return (
    <Part title="Details">
      <dl className="space-y-2">
        {changes.map((change) => (
          <div key={change.field} className={itemClass}>
            <dt className="font-medium">
              {METADATA_LABELS[change.field]} {change.field === "masteryThreshold" ? <Tag tone="scoring">scoring</Tag> : null}
            </dt>
            <dd>
              {change.field === "title" || change.field === "summary" ? (
                <WordDiff before={String(change.before)} after={String(change.after)} />
              ) : (
                <BeforeAfter before={metadataValue(change, "before")} after={metadataValue(change, "after")} />
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Part>
  );
}

function BeforeAfter({ before, after }: { before: string; after: string }) {
  return (
    <span className="break-words">
      <span className="sr-only">was </span>
      <del className="text-bad">{before}</del> <span aria-hidden="true">→</span>
      <span className="sr-only">, now</span> <ins className="text-ok no-underline">{after}</ins>
    </span>
  );
}

function sectionName(index: number, title: string): string {
  return `Section ${index + 1}: ${title}`;
}

function SectionChanges({ diff }: { diff: SpecDiff }) {
  const { added, removed, changed } = diff.sections;
  if (added.length + removed.length + changed.length === 0) return null;
  return (
    <Part title="Sections">
      <ul className="space-y-2">
        {added.map((s) => (
          <li key={`added-${s.index}`} className={itemClass}>
            <Tag tone="added">added</Tag> <span className="font-medium">{sectionName(s.index, s.title)}</span>
          </li>
        ))}
        {removed.map((s) => (
          <li key={`removed-${s.index}`} className={itemClass}>
            <Tag tone="removed">removed</Tag> <span className="font-medium">{sectionName(s.index, s.title)}</span>
          </li>
        ))}
        {changed.map((s) => (
          <li key={`changed-${s.before.index}`} className={itemClass}>
            <SectionChangeItem change={s} />
          </li>
        ))}
      </ul>
    </Part>
  );
}

function SectionChangeItem({ change }: { change: SectionChange }) {
  return (
    <>
      <p>
        <Tag tone="changed">changed</Tag> <span className="font-medium">{sectionName(change.after.index, change.after.title)}</span>
      </p>
      {change.titleChanged ? (
        <p className="text-sm">
          Title: <WordDiff before={change.before.title} after={change.after.title} />
        </p>
      ) : null}
      {change.moved ? (
        <p className="text-sm">
          Moved: was section {change.before.index + 1}, now section {change.after.index + 1}.
        </p>
      ) : null}
      {change.isCheckpointChanged ? <p className="text-sm">Its checkpoint marker changed.</p> : null}
      {change.body ? <LineChanges change={change.body} label={`Changed lines of section ${change.after.index + 1}`} /> : null}
    </>
  );
}

function CheckpointChanges({ diff }: { diff: SpecDiff }) {
  const { added, removed, changed } = diff.checkpoints;
  if (added.length + removed.length + changed.length === 0) return null;
  const questions = (n: number) => `${n} ${n === 1 ? "question" : "questions"}`;
  return (
    <Part title="Checkpoints">
      <ul className="space-y-2">
        {added.map((c) => (
          <li key={`added-${c.id}`} className={itemClass}>
            <Tag tone="added">added</Tag> <span className="font-medium">{c.title}</span> ({questions(c.questionCount)})
          </li>
        ))}
        {removed.map((c) => (
          <li key={`removed-${c.id}`} className={itemClass}>
            <Tag tone="removed">removed</Tag> <Tag tone="scoring">scoring</Tag> <span className="font-medium">{c.title}</span> ({questions(c.questionCount)})
          </li>
        ))}
        {changed.map((c) => (
          <li key={`changed-${c.id}`} className={itemClass}>
            <p>
              <Tag tone="changed">changed</Tag> <span className="font-medium">{c.title}</span>
            </p>
            <dl className="space-y-1 text-sm">
              {c.fields.map((f) => (
                <div key={f.field}>
                  <dt className="inline font-medium">{CHECKPOINT_FIELD_LABELS[f.field]}: </dt>
                  <dd className="inline">
                    {f.field === "title" ? (
                      <WordDiff before={String(f.before)} after={String(f.after)} />
                    ) : f.field === "afterSection" ? (
                      <BeforeAfter before={`section ${Number(f.before) + 1}`} after={`section ${Number(f.after) + 1}`} />
                    ) : (
                      <BeforeAfter before={String(f.before)} after={String(f.after)} />
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </Part>
  );
}

function QuestionChanges({ diff }: { diff: SpecDiff }) {
  const { added, removed, changed } = diff.questions;
  if (added.length + removed.length + changed.length === 0) return null;
  return (
    <Part title="Questions">
      <ul className="space-y-2">
        {added.map((q) => (
          <li key={`added-${q.id}`} className={itemClass}>
            <p>
              <Tag tone="added">added</Tag> <span className="font-medium">{q.id}</span> in {q.checkpointId}
            </p>
            <p className="whitespace-pre-wrap break-words text-sm">{q.prompt}</p>
          </li>
        ))}
        {removed.map((q) => (
          <li key={`removed-${q.id}`} className={itemClass}>
            <p>
              <Tag tone="removed">removed</Tag> <Tag tone="scoring">scoring</Tag> <span className="font-medium">{q.id}</span> from {q.checkpointId}
            </p>
            <p className="whitespace-pre-wrap break-words text-sm">{q.prompt}</p>
          </li>
        ))}
        {changed.map((q) => {
          const scoring = q.fields.some((f) => MAJOR_QUESTION_FIELDS.has(f.field));
          return (
            <li key={`changed-${q.id}`} className={itemClass}>
              <p>
                <Tag tone="changed">changed</Tag> {scoring ? <Tag tone="scoring">scoring</Tag> : null} <span className="font-medium">{q.id}</span> in {q.checkpointId}
              </p>
              <dl className="space-y-1 text-sm">
                {q.fields.map((f) => (
                  <div key={f.field}>
                    <dt className="inline font-medium">{QUESTION_FIELD_LABELS[f.field]}: </dt>
                    <dd className="inline">
                      {WORDED_QUESTION_FIELDS.has(f.field) ? <WordDiff before={f.before} after={f.after} /> : <BeforeAfter before={f.before} after={f.after} />}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    </Part>
  );
}
