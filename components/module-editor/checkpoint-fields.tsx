"use client";

import { Group, ItemTools, Select, smallButton, TextInput, type StructureNote } from "./controls";
import { addCheckpoint, addQuestion, move, updateCheckpoint, updateQuestion, type ModuleDraft, type QuestionDraft } from "./form-state";
import { QuestionFields } from "./question-fields";

const MAX_QUESTIONS = 12;
const MAX_CHECKPOINTS = 20;

export function CheckpointFields({
  draft,
  onDraft,
  onStructure,
}: {
  draft: ModuleDraft;
  onDraft: (next: ModuleDraft, path: string) => void;
  onStructure: (next: ModuleDraft, after?: StructureNote) => void;
}) {
  return (
    <Group path="checkpoints" label="Checkpoints" as="section" className="space-y-4">
      <p className="text-sm text-muted">
        A checkpoint follows a section and holds the questions students answer there. A module needs at least one to be published.
      </p>
      {draft.checkpoints.length === 0 ? <p className="rounded-md border border-dashed border-line p-3 text-sm">No checkpoints yet.</p> : null}
      <ol className="space-y-4">
        {draft.checkpoints.map((checkpoint, c) => {
          const path = `checkpoints.${c}`;
          const name = `checkpoint ${c + 1}${checkpoint.title ? ` (${checkpoint.title})` : ""}`;
          const setQuestion = (q: number) => (question: QuestionDraft, field: string) =>
            onDraft(
              updateQuestion(draft, c, q, () => question),
              `${path}.questions.${q}.${field}`,
            );
          return (
            <li key={checkpoint.key}>
              <Group path={path} label={`Checkpoint ${c + 1}`} className="space-y-3 rounded-lg border border-line bg-white p-4">
                <p className="text-xs text-muted">
                  Id <code>{checkpoint.id}</code>
                </p>
                <TextInput
                  path={`${path}.title`}
                  label="Checkpoint title"
                  maxLength={255}
                  value={checkpoint.title}
                  onValue={(title) => onDraft(updateCheckpoint(draft, c, (cp) => ({ ...cp, title })), `${path}.title`)}
                />
                <Select
                  path={`${path}.afterSection`}
                  label="Comes after section"
                  value={String(checkpoint.afterSection)}
                  onValue={(value) => onDraft(updateCheckpoint(draft, c, (cp) => ({ ...cp, afterSection: Number(value) })), `${path}.afterSection`)}
                >
                  {draft.sections.length === 0 ? <option value="0">(add a section first)</option> : null}
                  {draft.sections.map((section, s) => (
                    <option key={section.key} value={s}>
                      {s + 1}. {section.title || "(untitled section)"}
                    </option>
                  ))}
                </Select>
                <Group path={`${path}.questions`} label="Questions" className="space-y-3">
                  <ol className="space-y-3">
                    {checkpoint.questions.map((question, q) => (
                      <li key={question.key}>
                        <QuestionFields
                          question={question}
                          path={`${path}.questions.${q}`}
                          index={q}
                          count={checkpoint.questions.length}
                          onChange={setQuestion(q)}
                          onStructure={(next, after) => onStructure(updateQuestion(draft, c, q, () => next), after)}
                          onMove={(direction) =>
                            onStructure(updateCheckpoint(draft, c, (cp) => ({ ...cp, questions: move(cp.questions, q, direction) })))
                          }
                          onRemove={() =>
                            onStructure(
                              updateCheckpoint(draft, c, (cp) => ({ ...cp, questions: cp.questions.filter((_, i) => i !== q) })),
                              { announce: `Removed question ${q + 1} of ${name}.`, focus: `${path}.questions` },
                            )
                          }
                        />
                      </li>
                    ))}
                  </ol>
                  {checkpoint.questions.length < MAX_QUESTIONS ? (
                    <div className="flex flex-wrap gap-2">
                      {(["multiple_choice", "numeric"] as const).map((kind) => (
                        <button
                          key={kind}
                          type="button"
                          className={smallButton}
                          onClick={() =>
                            onStructure(addQuestion(draft, c, kind), {
                              announce: `Added question ${checkpoint.questions.length + 1} to ${name}.`,
                              focus: `${path}.questions.${checkpoint.questions.length}.prompt`,
                            })
                          }
                        >
                          <span aria-hidden="true">+</span>
                          {kind === "multiple_choice" ? "Add a multiple-choice question" : "Add a numeric question"}
                          <span className="sr-only"> to {name}</span>
                        </button>
                      ))}
                    </div>
                  ) : (
                    <p className="text-sm text-muted">A checkpoint has at most {MAX_QUESTIONS} questions.</p>
                  )}
                </Group>
                <ItemTools
                  name={name}
                  index={c}
                  count={draft.checkpoints.length}
                  onRemove={() => onStructure({ ...draft, checkpoints: draft.checkpoints.filter((_, i) => i !== c) }, { announce: `Removed ${name}.`, focus: "checkpoints" })}
                />
              </Group>
            </li>
          );
        })}
      </ol>
      {draft.checkpoints.length < MAX_CHECKPOINTS ? (
        <button
          type="button"
          className={smallButton}
          onClick={() =>
            onStructure(addCheckpoint(draft), {
              announce: `Added checkpoint ${draft.checkpoints.length + 1}.`,
              focus: `checkpoints.${draft.checkpoints.length}.title`,
            })
          }
        >
          <span aria-hidden="true">+</span>Add a checkpoint
        </button>
      ) : null}
    </Group>
  );
}
