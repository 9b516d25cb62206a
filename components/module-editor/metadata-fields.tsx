"use client";

import { DIFFICULTIES, SUBSYSTEMS } from "@/app/lib/domain/vocabulary";
import { DIFFICULTY_LABELS, subsystemLabel } from "@/components/modules/labels";
import { Group, Select, TextArea, TextInput } from "./controls";
import type { ModuleDraft } from "./form-state";

type Metadata = Pick<ModuleDraft, "title" | "summary" | "subsystem" | "difficulty" | "estimatedMinutes" | "masteryThreshold">;

export function MetadataFields({ draft, onChange }: { draft: Metadata; onChange: (change: Partial<ModuleDraft>) => void }) {
  return (
    <Group path="details" label="Details" as="section" className="space-y-4">
      <TextInput path="title" label="Title" value={draft.title} maxLength={255} onValue={(title) => onChange({ title })} />
      <TextArea
        path="summary"
        label="Summary"
        hint="One or two sentences shown in the catalogue."
        rows={3}
        maxLength={2000}
        value={draft.summary}
        onValue={(summary) => onChange({ summary })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          path="subsystem"
          label="Subsystem"
          value={draft.subsystem}
          onValue={(value) => onChange({ subsystem: SUBSYSTEMS.find((s) => s === value) ?? draft.subsystem })}
        >
          {SUBSYSTEMS.map((subsystem) => (
            <option key={subsystem} value={subsystem}>
              {subsystemLabel(subsystem)}
            </option>
          ))}
        </Select>
        <Select
          path="difficulty"
          label="Difficulty"
          hint="As you judge it; the catalogue shows the calibrated level once students have taken it."
          value={draft.difficulty}
          onValue={(value) => onChange({ difficulty: DIFFICULTIES.find((d) => d === value) ?? draft.difficulty })}
        >
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {DIFFICULTY_LABELS[difficulty]}
            </option>
          ))}
        </Select>
        <TextInput
          path="estimatedMinutes"
          label="Estimated time (minutes)"
          hint="1 to 600."
          inputMode="numeric"
          value={draft.estimatedMinutes}
          onValue={(estimatedMinutes) => onChange({ estimatedMinutes })}
        />
        <TextInput
          path="masteryThreshold"
          label="Mastery threshold (score 0–100)"
          hint="A finished attempt scoring this or more counts as mastered. Changing it is a major version."
          inputMode="decimal"
          value={draft.masteryThreshold}
          onValue={(masteryThreshold) => onChange({ masteryThreshold })}
        />
      </div>
    </Group>
  );
}
