import { describe, expect, test } from "vitest";
import {
  type Bump,
  bumpReasons,
  diffSpecs,
  isEmptyDiff,
  nextVersion,
  type SpecDiff,
  suggestBump,
} from "./module-diff";
import { ModuleSpec, type ModuleSpecInput, type MultipleChoiceQuestion, type NumericQuestion } from "./module-spec";

/** A valid two-checkpoint module: three sections, one multiple-choice and two numeric questions. */
const BASE: ModuleSpecInput = {
  title: "Power budget basics",
  summary: "How a CubeSat spends its watts.",
  subsystem: "power",
  difficulty: "medium",
  estimatedMinutes: 30,
  masteryThreshold: 70,
  sections: [
    { title: "Intro", bodyMarkdown: "Solar panels charge the battery.\nLoads draw from it.", isCheckpoint: false },
    { title: "Orbit average", bodyMarkdown: "Average over sunlight and eclipse.", isCheckpoint: true },
    { title: "Margins", bodyMarkdown: "Keep 20 % margin.\nReview every phase.", isCheckpoint: true },
  ],
  checkpoints: [
    {
      id: "cp-1",
      title: "Orbit average check",
      afterSection: 1,
      questions: [
        {
          id: "q-eclipse",
          kind: "multiple_choice",
          prompt: "What powers the bus in eclipse?",
          options: [
            { id: "a", text: "The battery" },
            { id: "b", text: "The solar panels" },
          ],
          correctOptionId: "a",
          explanation: "No sun in eclipse.",
        },
        {
          id: "q-average",
          kind: "numeric",
          prompt: "Orbit-average power of 10 W for 60 % of the orbit?",
          answer: 6,
          tolerance: { absolute: 0.1 },
          unit: "W",
          alternativeUnits: { mW: 0.001 },
          explanation: "10 × 0.6.",
        },
      ],
    },
    {
      id: "cp-2",
      title: "Margins check",
      afterSection: 2,
      questions: [
        {
          id: "q-margin",
          kind: "numeric",
          prompt: "Margin on a 5 W load?",
          answer: 1,
          tolerance: { relative: 0.05 },
          unit: "W",
          explanation: "20 % of 5 W.",
        },
      ],
    },
  ],
};

/** xs[i], which the test expects to exist. */
function nth<T>(xs: T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`No item ${i}`);
  return x;
}

const base = () => ModuleSpec.parse(BASE);

/** The base spec after `change`, validated so every fixture is a spec an author could save. */
function edited(change: (spec: ModuleSpec) => void): ModuleSpec {
  const spec = structuredClone(base());
  change(spec);
  return ModuleSpec.parse(spec);
}

/** The question `id` of `spec`, which the test expects to be of `kind`. */
function question<T extends "multiple_choice" | "numeric">(
  spec: ModuleSpec,
  id: string,
  kind: T,
): T extends "numeric" ? NumericQuestion : MultipleChoiceQuestion {
  const found = spec.checkpoints.flatMap((c) => c.questions).find((q) => q.id === id);
  if (found?.kind !== kind) throw new Error(`No ${kind} question ${id}`);
  return found as T extends "numeric" ? NumericQuestion : MultipleChoiceQuestion;
}

/** What a diff contains, in a form easy to compare in a table. */
function outline(diff: SpecDiff) {
  return {
    metadata: diff.metadata.map((m) => m.field),
    sectionsAdded: diff.sections.added.map((s) => s.title),
    sectionsRemoved: diff.sections.removed.map((s) => s.title),
    sectionsChanged: diff.sections.changed.map((s) => `${s.before.title}→${s.after.title}`),
    checkpointsAdded: diff.checkpoints.added.map((c) => c.id),
    checkpointsRemoved: diff.checkpoints.removed.map((c) => c.id),
    checkpointsChanged: diff.checkpoints.changed.map((c) => `${c.id}:${c.fields.map((f) => f.field).join(",")}`),
    questionsAdded: diff.questions.added.map((q) => q.id),
    questionsRemoved: diff.questions.removed.map((q) => q.id),
    questionsChanged: diff.questions.changed.map((q) => `${q.id}:${q.fields.map((f) => f.field).join(",")}`),
  };
}

const EMPTY = outline(diffSpecs(base(), base()));

describe("diffSpecs: no change", () => {
  test("identical specs give an empty diff (and the default patch suggestion)", () => {
    const diff = diffSpecs(base(), base());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(bumpReasons(diff)).toEqual([]);
    expect(suggestBump(diff)).toBe("patch");
  });

  test("CRLF line endings alone are not a body change", () => {
    const after = edited((s) => {
      nth(s.sections, 0).bodyMarkdown = nth(s.sections, 0).bodyMarkdown.replace("\n", "\r\n");
    });
    expect(isEmptyDiff(diffSpecs(base(), after))).toBe(true);
  });

  test("whitespace around a unit is not a change (scoring trims it)", () => {
    const after = edited((s) => {
      question(s, "q-margin", "numeric").unit = " W ";
    });
    expect(isEmptyDiff(diffSpecs(base(), after))).toBe(true);
  });
});

describe("diffSpecs and suggestBump: each kind of change", () => {
  test.each<[string, (spec: ModuleSpec) => void, Partial<ReturnType<typeof outline>>, Bump]>([
    // Metadata
    ["title reworded", (s) => void (s.title = "Power budgets"), { metadata: ["title"] }, "patch"],
    ["summary reworded", (s) => void (s.summary = "Watts in, watts out."), { metadata: ["summary"] }, "patch"],
    ["subsystem changed", (s) => void (s.subsystem = "thermal"), { metadata: ["subsystem"] }, "patch"],
    ["difficulty changed", (s) => void (s.difficulty = "hard"), { metadata: ["difficulty"] }, "patch"],
    ["estimated time changed", (s) => void (s.estimatedMinutes = 45), { metadata: ["estimatedMinutes"] }, "patch"],
    ["mastery threshold changed", (s) => void (s.masteryThreshold = 80), { metadata: ["masteryThreshold"] }, "major"],
    // Sections
    [
      "section text edited",
      (s) => void (nth(s.sections, 2).bodyMarkdown = "Keep 25 % margin.\nReview every phase."),
      { sectionsChanged: ["Margins→Margins"] },
      "patch",
    ],
    ["section renamed (matched by position)", (s) => void (nth(s.sections, 1).title = "Orbit-average power"), { sectionsChanged: ["Orbit average→Orbit-average power"] }, "patch"],
    ["checkpoint flag flipped", (s) => void (nth(s.sections, 0).isCheckpoint = true), { sectionsChanged: ["Intro→Intro"] }, "patch"],
    [
      "section added at the end",
      (s) => void s.sections.push({ title: "Worked example", bodyMarkdown: "…", isCheckpoint: false }),
      { sectionsAdded: ["Worked example"] },
      "minor",
    ],
    [
      "section removed (checkpoint placements kept valid)",
      (s) => {
        s.sections.splice(0, 1);
        nth(s.checkpoints, 0).afterSection = 0;
        nth(s.checkpoints, 1).afterSection = 1;
      },
      { sectionsRemoved: ["Intro"], checkpointsChanged: ["cp-1:afterSection", "cp-2:afterSection"] },
      "minor",
    ],
    // Checkpoints
    ["checkpoint renamed", (s) => void (nth(s.checkpoints, 1).title = "Margin check"), { checkpointsChanged: ["cp-2:title"] }, "patch"],
    ["checkpoint placed after another section", (s) => void (nth(s.checkpoints, 1).afterSection = 1), { checkpointsChanged: ["cp-2:afterSection"] }, "patch"],
    [
      "questions reordered in a checkpoint",
      (s) => void nth(s.checkpoints, 0).questions.reverse(),
      { checkpointsChanged: ["cp-1:questionOrder"] },
      "patch",
    ],
    [
      "checkpoint added (its question is added too)",
      (s) =>
        void s.checkpoints.push({
          id: "cp-3",
          title: "Intro check",
          afterSection: 0,
          questions: [{ ...question(s, "q-margin", "numeric"), id: "q-new" }],
        }),
      { checkpointsAdded: ["cp-3"], questionsAdded: ["q-new"] },
      "minor",
    ],
    [
      "checkpoint removed (its question is removed too)",
      (s) => void s.checkpoints.pop(),
      { checkpointsRemoved: ["cp-2"], questionsRemoved: ["q-margin"] },
      "major",
    ],
    // Questions: wording
    ["prompt reworded", (s) => void (question(s, "q-eclipse", "multiple_choice").prompt = "In eclipse, what powers the bus?"), { questionsChanged: ["q-eclipse:prompt"] }, "patch"],
    ["explanation reworded", (s) => void (question(s, "q-average", "numeric").explanation = "10 W × 0.6 = 6 W."), { questionsChanged: ["q-average:explanation"] }, "patch"],
    ["options shown in another order", (s) => void question(s, "q-eclipse", "multiple_choice").options.reverse(), { questionsChanged: ["q-eclipse:optionOrder"] }, "patch"],
    // Questions: content and scoring
    [
      "question added to a checkpoint",
      (s) => void nth(s.checkpoints, 1).questions.push({ ...question(s, "q-average", "numeric"), id: "q-extra" }),
      { questionsAdded: ["q-extra"] },
      "minor",
    ],
    ["question removed", (s) => void nth(s.checkpoints, 0).questions.pop(), { questionsRemoved: ["q-average"] }, "major"],
    ["correct option changed", (s) => void (question(s, "q-eclipse", "multiple_choice").correctOptionId = "b"), { questionsChanged: ["q-eclipse:correctAnswer"] }, "major"],
    [
      "option added",
      (s) => void question(s, "q-eclipse", "multiple_choice").options.push({ id: "c", text: "The reaction wheels" }),
      { questionsChanged: ["q-eclipse:options"] },
      "major",
    ],
    ["option text changed", (s) => void (nth(question(s, "q-eclipse", "multiple_choice").options, 1).text = "The panels"), { questionsChanged: ["q-eclipse:optionText"] }, "major"],
    ["numeric answer changed", (s) => void (question(s, "q-average", "numeric").answer = 6.5), { questionsChanged: ["q-average:answer"] }, "major"],
    ["tolerance changed", (s) => void (question(s, "q-average", "numeric").tolerance = { absolute: 0.1, relative: 0.02 }), { questionsChanged: ["q-average:tolerance"] }, "major"],
    ["unit changed", (s) => void (question(s, "q-margin", "numeric").unit = "mW"), { questionsChanged: ["q-margin:unit"] }, "major"],
    ["alternative unit added", (s) => void (question(s, "q-margin", "numeric").alternativeUnits = { kW: 1000 }), { questionsChanged: ["q-margin:alternativeUnits"] }, "major"],
    [
      "kind changed (same id)",
      (s) => {
        const q = question(s, "q-margin", "numeric");
        nth(s.checkpoints, 1).questions[0] = {
          id: q.id,
          kind: "multiple_choice",
          prompt: q.prompt,
          options: [
            { id: "a", text: "1 W" },
            { id: "b", text: "2 W" },
          ],
          correctOptionId: "a",
          explanation: q.explanation,
        };
      },
      { questionsChanged: ["q-margin:kind"] },
      "major",
    ],
    [
      "question moved to another checkpoint: one changed question, field checkpoint",
      (s) => {
        const moved = nth(nth(s.checkpoints, 0).questions.splice(1, 1), 0);
        nth(s.checkpoints, 1).questions.push(moved);
      },
      { questionsChanged: ["q-average:checkpoint"] },
      "patch",
    ],
  ])("%s", (_label, change, expected, bump) => {
    const diff = diffSpecs(base(), edited(change));
    expect(outline(diff)).toEqual({ ...EMPTY, ...expected });
    expect(isEmptyDiff(diff)).toBe(false);
    expect(suggestBump(diff)).toBe(bump);
  });
});

describe("suggestBump: mixed changes pick the highest", () => {
  test.each<[string, (spec: ModuleSpec) => void, Bump]>([
    [
      "wording + an added section → minor",
      (s) => {
        s.title = "Power budgets";
        s.sections.push({ title: "More", bodyMarkdown: "", isCheckpoint: false });
      },
      "minor",
    ],
    [
      "wording + added question + changed answer → major",
      (s) => {
        question(s, "q-eclipse", "multiple_choice").prompt = "Eclipse?";
        nth(s.checkpoints, 1).questions.push({ ...question(s, "q-margin", "numeric"), id: "q-extra" });
        question(s, "q-margin", "numeric").answer = 2;
      },
      "major",
    ],
    [
      "added checkpoint + raised threshold → major",
      (s) => {
        s.checkpoints.push({ ...nth(s.checkpoints, 1), id: "cp-3", questions: [{ ...question(s, "q-margin", "numeric"), id: "q-3" }] });
        s.masteryThreshold = 75;
      },
      "major",
    ],
    [
      "prompt reworded + question moved + section text → patch",
      (s) => {
        question(s, "q-average", "numeric").prompt = "Average?";
        nth(s.checkpoints, 1).questions.unshift(nth(s.checkpoints, 0).questions.pop()!);
        nth(s.sections, 0).bodyMarkdown += "\nMore.";
      },
      "patch",
    ],
  ])("%s", (_label, change, bump) => {
    expect(suggestBump(diffSpecs(base(), edited(change)))).toBe(bump);
  });

  test("reasons name each change above patch", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        s.masteryThreshold = 80;
        question(s, "q-average", "numeric").answer = 7;
        question(s, "q-average", "numeric").unit = "mW";
        s.sections.push({ title: "Extra", bodyMarkdown: "", isCheckpoint: false });
      }),
    );
    expect(bumpReasons(diff)).toEqual([
      { bump: "major", reason: "Mastery threshold 70 → 80" },
      { bump: "major", reason: 'Question "q-average": answer, unit changed' },
      { bump: "minor", reason: 'Section "Extra" added' },
    ]);
  });
});

describe("diffSpecs: details", () => {
  test("metadata changes carry before and after", () => {
    const diff = diffSpecs(base(), edited((s) => void Object.assign(s, { estimatedMinutes: 45, masteryThreshold: 80 })));
    expect(diff.metadata).toEqual([
      { field: "estimatedMinutes", before: 30, after: 45 },
      { field: "masteryThreshold", before: 70, after: 80 },
    ]);
  });

  test("question field changes are readable", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        const q = question(s, "q-average", "numeric");
        q.tolerance = { relative: 0.05 };
        q.alternativeUnits = { kW: 1000, mW: 0.001 };
        nth(question(s, "q-eclipse", "multiple_choice").options, 1).text = "The panels";
      }),
    );
    expect(diff.questions.changed).toEqual([
      { id: "q-eclipse", checkpointId: "cp-1", fields: [{ field: "optionText", before: "b: The solar panels", after: "b: The panels" }] },
      {
        id: "q-average",
        checkpointId: "cp-1",
        fields: [
          { field: "tolerance", before: "±0.1", after: "±5 %" },
          { field: "alternativeUnits", before: "mW ×0.001", after: "kW ×1000, mW ×0.001" },
        ],
      },
    ]);
  });

  test("a moved question shows once, as changed, with the old and new checkpoint", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        nth(s.checkpoints, 1).questions.push(nth(s.checkpoints, 0).questions.shift()!);
      }),
    );
    expect(diff.questions.added).toEqual([]);
    expect(diff.questions.removed).toEqual([]);
    expect(diff.questions.changed).toEqual([
      { id: "q-eclipse", checkpointId: "cp-2", fields: [{ field: "checkpoint", before: "cp-1", after: "cp-2" }] },
    ]);
    // Neither checkpoint reports an order change: the questions both versions share kept theirs.
    expect(diff.checkpoints.changed).toEqual([]);
  });

  test("a renamed section with new text is one change matched by position, with a line summary", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        s.sections[2] = { title: "Power margins", bodyMarkdown: "Keep 25 % margin.\nReview every phase.\nLog it.", isCheckpoint: true };
      }),
    );
    expect(diff.sections).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          before: { index: 2, title: "Margins" },
          after: { index: 2, title: "Power margins" },
          matchedBy: "position",
          titleChanged: true,
          body: {
            linesAdded: 2,
            linesRemoved: 1,
            lines: [
              { op: "+", text: "Keep 25 % margin." },
              { op: "-", text: "Keep 20 % margin." },
              { op: "+", text: "Log it." },
            ],
            omitted: 0,
          },
          isCheckpointChanged: false,
          moved: false,
        },
      ],
    });
  });

  test("a rename is matched by position even after a section was inserted before it", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        s.sections.unshift({ title: "Before you start", bodyMarkdown: "", isCheckpoint: false });
        nth(s.sections, 3).title = "Power margins"; // was "Margins", now at index 3
        nth(s.checkpoints, 0).afterSection = 2;
        nth(s.checkpoints, 1).afterSection = 3;
      }),
    );
    expect(diff.sections.added).toEqual([{ index: 0, title: "Before you start" }]);
    expect(diff.sections.removed).toEqual([]);
    expect(diff.sections.changed.map((c) => [c.before.index, c.after.index, c.matchedBy, c.moved])).toEqual([[2, 3, "position", false]]);
    expect(suggestBump(diff)).toBe("minor");
  });

  test("a renamed section that also moved past its neighbours is removed + added, not guessed", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        const intro = nth(s.sections.splice(0, 1), 0);
        s.sections.push({ ...intro, title: "Introduction" });
        nth(s.checkpoints, 0).afterSection = 0;
        nth(s.checkpoints, 1).afterSection = 1;
      }),
    );
    expect(diff.sections.removed.map((r) => r.title)).toEqual(["Intro"]);
    expect(diff.sections.added.map((r) => r.title)).toEqual(["Introduction"]);
  });

  test("swapped sections: the fewest sections that explain the new order are moved", () => {
    const diff = diffSpecs(
      base(),
      edited((s) => {
        s.sections = [nth(s.sections, 0), nth(s.sections, 2), nth(s.sections, 1)];
      }),
    );
    expect(diff.sections.changed.map((c) => [c.before.title, c.matchedBy, c.moved, c.body])).toEqual([["Margins", "title", true, null]]);
    expect(suggestBump(diff)).toBe("patch");
  });

  test("duplicate titles pair up in order", () => {
    const two = (bodies: [string, string]): ModuleSpec =>
      edited((s) => {
        s.sections = bodies.map((bodyMarkdown) => ({ title: "Step", bodyMarkdown, isCheckpoint: false }));
        s.checkpoints.forEach((c) => (c.afterSection = 1));
      });
    const diff = diffSpecs(two(["one", "two"]), two(["one", "2"]));
    expect(diff.sections.changed.map((c) => [c.before.index, c.after.index, c.body?.linesAdded])).toEqual([[1, 1, 1]]);
  });
});

describe("nextVersion", () => {
  test.each<[string | null, Bump, string]>([
    [null, "patch", "1.0.0"],
    [null, "minor", "1.0.0"],
    [null, "major", "1.0.0"],
    ["1.0.0", "patch", "1.0.1"],
    ["1.0.0", "minor", "1.1.0"],
    ["1.0.0", "major", "2.0.0"],
    ["1.2.3", "patch", "1.2.4"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "major", "2.0.0"],
    ["0.9.9", "major", "1.0.0"],
    ["1.9.9", "minor", "1.10.0"],
    ["10.20.30", "patch", "10.20.31"],
    [" 1.2.3 ", "patch", "1.2.4"],
    ["", "patch", "1.0.0"],
    ["1.2", "patch", "1.0.0"],
    ["v1.2.3", "minor", "1.0.0"],
    ["1.2.3-beta", "patch", "1.0.0"],
    ["01.2.3", "patch", "1.0.0"],
    ["1.2.x", "major", "1.0.0"],
    ["99999999999999999999.0.0", "patch", "1.0.0"],
  ])("%j + %s → %s", (current, bump, expected) => {
    expect(nextVersion(current, bump)).toBe(expected);
  });
});
