"use client";

import { Group, ItemTools, removeButton, Select, smallButton, TextArea, TextInput, type StructureNote } from "./controls";
import { addOption, addUnit, removeOption, type ChoiceQuestionDraft, type NumericQuestionDraft, type QuestionDraft } from "./form-state";

const MAX_OPTIONS = 8;
const MIN_OPTIONS = 2;

export interface QuestionFieldsProps {
  question: QuestionDraft;
  /** "checkpoints.0.questions.1" */
  path: string;
  index: number;
  count: number;
  onChange: (question: QuestionDraft, field: string) => void;
  onStructure: (question: QuestionDraft, after?: StructureNote) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}

export function QuestionFields(props: QuestionFieldsProps) {
  const { question, path, index, count } = props;
  const kind = question.kind === "multiple_choice" ? "multiple choice" : "a number";
  const name = `question ${index + 1}`;
  return (
    <Group path={path} label={`Question ${index + 1} · ${kind}`} className="space-y-3 rounded-md border border-line bg-canvas p-3">
      <p className="text-xs text-muted">
        Id <code>{question.id}</code>
      </p>
      <TextArea
        path={`${path}.prompt`}
        label="Prompt (Markdown)"
        rows={3}
        maxLength={2000}
        value={question.prompt}
        onValue={(prompt) => props.onChange({ ...question, prompt }, "prompt")}
      />
      {question.kind === "multiple_choice" ? (
        <ChoiceFields {...props} question={question} />
      ) : (
        <NumericFields {...props} question={question} />
      )}
      <TextArea
        path={`${path}.explanation`}
        label="Explanation"
        hint="Shown once the checkpoint is submitted: why the right answer is right."
        rows={3}
        maxLength={2000}
        value={question.explanation}
        onValue={(explanation) => props.onChange({ ...question, explanation }, "explanation")}
      />
      <ItemTools name={name} index={index} count={count} onMove={props.onMove} onRemove={props.onRemove} />
    </Group>
  );
}

function ChoiceFields({ question, path, onChange, onStructure }: QuestionFieldsProps & { question: ChoiceQuestionDraft }) {
  const setText = (o: number, text: string) =>
    onChange({ ...question, options: question.options.map((option, i) => (i === o ? { ...option, text } : option)) }, `options.${o}.text`);
  return (
    <>
      <Group path={`${path}.options`} label="Options" className="space-y-2">
        <ul className="space-y-2">
          {question.options.map((option, o) => (
            <li key={option.key} className="flex flex-wrap items-end gap-2">
              <TextInput
                className="min-w-0 flex-1 basis-48"
                path={`${path}.options.${o}.text`}
                label={`Option ${option.id}`}
                maxLength={500}
                value={option.text}
                onValue={(text) => setText(o, text)}
              />
              <button
                type="button"
                className={`${removeButton} mb-1`}
                disabled={question.options.length <= MIN_OPTIONS}
                onClick={() => onStructure(removeOption(question, o), { announce: `Removed option ${option.id}.`, focus: `${path}.options` })}
              >
                Remove<span className="sr-only"> option {option.id}</span>
              </button>
            </li>
          ))}
        </ul>
        {question.options.length < MAX_OPTIONS ? (
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              const next = addOption(question);
              onStructure(next, { announce: "Added an option.", focus: `${path}.options.${next.options.length - 1}.text` });
            }}
          >
            <span aria-hidden="true">+</span>Add an option
          </button>
        ) : (
          <p className="text-sm text-muted">A question has at most {MAX_OPTIONS} options.</p>
        )}
      </Group>
      <Select
        path={`${path}.correctOptionId`}
        label="Right option"
        value={question.correctOptionId}
        onValue={(correctOptionId) => onChange({ ...question, correctOptionId }, "correctOptionId")}
      >
        <option value="">Choose the right option…</option>
        {question.options.map((option) => (
          <option key={option.key} value={option.id}>
            {option.id}: {option.text || "(no text yet)"}
          </option>
        ))}
      </Select>
    </>
  );
}

function NumericFields({ question, path, onChange, onStructure }: QuestionFieldsProps & { question: NumericQuestionDraft }) {
  const set = (change: Partial<NumericQuestionDraft>, field: string) => onChange({ ...question, ...change }, field);
  const setUnit = (u: number, change: { unit?: string; factor?: string }) =>
    onChange({ ...question, alternativeUnits: question.alternativeUnits.map((row, i) => (i === u ? { ...row, ...change } : row)) }, "alternativeUnits");
  const unitName = question.unit.trim() || "the answer's unit";
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          path={`${path}.answer`}
          label="Answer"
          inputMode="decimal"
          value={question.answer}
          onValue={(answer) => set({ answer }, "answer")}
        />
        <TextInput
          path={`${path}.unit`}
          label="Unit"
          hint="As students write it: W, dB, °C… Leave blank for a plain number."
          maxLength={20}
          value={question.unit}
          onValue={(unit) => set({ unit }, "unit")}
        />
      </div>
      <Group path={`${path}.tolerance`} label="Accepted tolerance" className="space-y-2">
        <p className="text-sm text-muted">Give one or both: an answer within either is right.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput
            path={`${path}.tolerance.absolute`}
            label={`Absolute (± in ${unitName})`}
            inputMode="decimal"
            value={question.absoluteTolerance}
            onValue={(absoluteTolerance) => set({ absoluteTolerance }, "tolerance.absolute")}
          />
          <TextInput
            path={`${path}.tolerance.relative`}
            label="Relative (± %)"
            inputMode="decimal"
            value={question.relativeTolerancePercent}
            onValue={(relativeTolerancePercent) => set({ relativeTolerancePercent }, "tolerance.relative")}
          />
        </div>
      </Group>
      <Group path={`${path}.alternativeUnits`} label="Other units accepted" className="space-y-2">
        <p className="text-sm text-muted">
          The factor converts to {unitName}: with W as the unit, mW has factor 0.001 and kW 1000.
        </p>
        {question.alternativeUnits.length > 0 ? (
          <ul className="space-y-2">
            {question.alternativeUnits.map((row, u) => (
              <li key={row.key} className="flex flex-wrap items-end gap-2">
                <TextInput
                  className="w-28"
                  path={`${path}.alternativeUnits.${u}.unit`}
                  label={`Unit ${u + 1}`}
                  maxLength={20}
                  value={row.unit}
                  onValue={(unit) => setUnit(u, { unit })}
                />
                <TextInput
                  className="w-36"
                  path={`${path}.alternativeUnits.${u}.factor`}
                  label={`Factor ${u + 1}`}
                  inputMode="decimal"
                  value={row.factor}
                  onValue={(factor) => setUnit(u, { factor })}
                />
                <button
                  type="button"
                  className={`${removeButton} mb-1`}
                  onClick={() =>
                    onStructure(
                      { ...question, alternativeUnits: question.alternativeUnits.filter((_, i) => i !== u) },
                      { announce: `Removed unit ${row.unit || u + 1}.`, focus: `${path}.alternativeUnits` },
                    )
                  }
                >
                  Remove<span className="sr-only"> unit {row.unit || u + 1}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <button
          type="button"
          className={smallButton}
          onClick={() =>
            onStructure(addUnit(question), {
              announce: "Added a unit.",
              focus: `${path}.alternativeUnits.${question.alternativeUnits.length}.unit`,
            })
          }
        >
          <span aria-hidden="true">+</span>Add a unit
        </button>
      </Group>
    </>
  );
}
