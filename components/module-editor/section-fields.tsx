"use client";

import { Group, ItemTools, smallButton, TextArea, TextInput, type StructureNote } from "./controls";
import { addSection, moveSection, removeSection, type ModuleDraft, type SectionDraft } from "./form-state";

export function SectionFields({
  draft,
  onDraft,
  onStructure,
}: {
  draft: ModuleDraft;
  /** A change to one field. */
  onDraft: (next: ModuleDraft, path: string) => void;
  /** Items added, removed or moved: paths shift, so errors from the last save no longer fit. */
  onStructure: (next: ModuleDraft, after?: StructureNote) => void;
}) {
  const setSection = (index: number, change: Partial<SectionDraft>, field: keyof SectionDraft) =>
    onDraft({ ...draft, sections: draft.sections.map((s, i) => (i === index ? { ...s, ...change } : s)) }, `sections.${index}.${field}`);

  return (
    <Group path="sections" label="Sections" as="section" className="space-y-4">
      <p className="text-sm text-muted">
        Students read the sections in this order. The text is Markdown: <code>## Heading</code>, <code>**bold**</code>, lists, tables
        and links.
      </p>
      <ol className="space-y-4">
        {draft.sections.map((section, index) => {
          const name = `section ${index + 1}${section.title ? ` (${section.title})` : ""}`;
          const followedBy = draft.checkpoints.filter((c) => c.afterSection === index);
          return (
            <li key={section.key}>
              <Group path={`sections.${index}`} label={`Section ${index + 1}`} className="space-y-3 rounded-lg border border-line bg-white p-4">
                <TextInput
                  path={`sections.${index}.title`}
                  label="Section title"
                  maxLength={255}
                  value={section.title}
                  onValue={(title) => setSection(index, { title }, "title")}
                />
                <TextArea
                  path={`sections.${index}.bodyMarkdown`}
                  label="Section text (Markdown)"
                  rows={8}
                  maxLength={50_000}
                  value={section.bodyMarkdown}
                  onValue={(bodyMarkdown) => setSection(index, { bodyMarkdown }, "bodyMarkdown")}
                />
                {followedBy.length > 0 ? (
                  <p className="text-sm text-muted">
                    Followed by {followedBy.map((c) => c.title || c.id).join(", ")}: moving the section takes{" "}
                    {followedBy.length === 1 ? "its checkpoint" : "its checkpoints"} along.
                  </p>
                ) : null}
                <ItemTools
                  name={name}
                  index={index}
                  count={draft.sections.length}
                  onMove={(direction) => onStructure(moveSection(draft, index, direction))}
                  onRemove={() => onStructure(removeSection(draft, index), { announce: `Removed ${name}.`, focus: "sections" })}
                />
              </Group>
            </li>
          );
        })}
      </ol>
      <button type="button" className={smallButton} onClick={() =>
          onStructure(addSection(draft), { announce: `Added section ${draft.sections.length + 1}.`, focus: `sections.${draft.sections.length}.title` })
        }>
        <span aria-hidden="true">+</span>Add a section
      </button>
    </Group>
  );
}
