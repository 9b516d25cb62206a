import type {
  learnerPerformance,
  moduleAssignments,
  moduleFeedback,
  modulePrerequisites,
  moduleProgress,
  moduleSections,
  moduleVersionHistory,
  modules,
} from "../schema";
import type { ModuleSpecInput } from "../../app/lib/domain/module-spec";
import type { Difficulty, ProgressStatus } from "../../app/lib/domain/vocabulary";
import { MODULE_CATALOG, type CatalogModule } from "./module-catalog";
import { checkpointsFor } from "./question-bank";
import { DEMO_FACULTY, DEMO_SEMESTERS } from "./roster";
import type { DemoPeople } from "./demo-people";
import { SEEDED_AT } from "./demo-people";
import type { SeededRandom } from "./random";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface DemoLearning {
  modules: Insert<typeof modules>[];
  moduleSections: Insert<typeof moduleSections>[];
  moduleVersionHistory: Insert<typeof moduleVersionHistory>[];
  modulePrerequisites: Insert<typeof modulePrerequisites>[];
  moduleAssignments: Insert<typeof moduleAssignments>[];
  learnerPerformance: Insert<typeof learnerPerformance>[];
  moduleProgress: Insert<typeof moduleProgress>[];
  moduleFeedback: Insert<typeof moduleFeedback>[];
}

export const MASTERY_THRESHOLD = 70;

/** Chance that a first attempt reaches mastery, before the student's own skill is added. */
const FIRST_TRY_SUCCESS: Record<Difficulty, number> = { easy: 0.85, medium: 0.68, hard: 0.5, expert: 0.36 };

export function buildLearning(random: SeededRandom, people: DemoPeople): DemoLearning {
  const moduleIdBySlug = new Map(MODULE_CATALOG.map((m, i) => [m.slug, i + 1]));
  const moduleRows = MODULE_CATALOG.map((m, i) => ({
    id: i + 1,
    slug: m.slug,
    title: m.title,
    subsystem: m.subsystem,
    summary: m.summary,
    difficulty: m.difficulty,
    estimatedMinutes: m.estimatedMinutes,
    status: "published",
    currentVersion: "1.0.0",
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }));

  const sectionRows: Insert<typeof moduleSections>[] = [];
  const versionRows: Insert<typeof moduleVersionHistory>[] = [];
  const prerequisiteRows: Insert<typeof modulePrerequisites>[] = [];
  MODULE_CATALOG.forEach((m, i) => {
    const moduleId = i + 1;
    m.sections.forEach((section, position) => {
      sectionRows.push({
        id: sectionRows.length + 1,
        moduleId,
        position: position + 1,
        title: section.title,
        bodyMarkdown: section.bodyMarkdown,
        isCheckpoint: section.isCheckpoint,
        createdAt: SEEDED_AT,
      });
    });
    versionRows.push({
      versionId: moduleId,
      moduleId,
      versionNumber: "1.0.0",
      specJson: moduleSpec(m),
      changeDescription: "Initial version.",
      createdBy: DEMO_FACULTY[i % DEMO_FACULTY.length]!.name,
      createdAt: SEEDED_AT,
    });
    for (const prerequisite of m.prerequisites) {
      prerequisiteRows.push({
        prereqId: prerequisiteRows.length + 1,
        moduleId,
        prerequisiteModuleId: moduleIdBySlug.get(prerequisite.slug)!,
        required: prerequisite.required,
        createdAt: SEEDED_AT,
      });
    }
  });

  const assignmentRows = buildAssignments(random, people);
  const attempts = buildAttempts(random, people);
  return {
    modules: moduleRows,
    moduleSections: sectionRows,
    moduleVersionHistory: versionRows,
    modulePrerequisites: prerequisiteRows,
    moduleAssignments: assignmentRows,
    ...attempts,
  };
}

/** Version 1.0.0 of a catalogue module: its sections, the question bank's checkpoints, the threshold. */
export function moduleSpec(m: CatalogModule): ModuleSpecInput {
  return {
    title: m.title,
    summary: m.summary,
    subsystem: m.subsystem,
    difficulty: m.difficulty,
    estimatedMinutes: m.estimatedMinutes,
    sections: m.sections.map((s) => ({ title: s.title, bodyMarkdown: s.bodyMarkdown, isCheckpoint: s.isCheckpoint })),
    checkpoints: checkpointsFor(m.slug),
    masteryThreshold: MASTERY_THRESHOLD,
  };
}

/** Each team is assigned its focus subsystem's path plus the introductions of two others. */
function buildAssignments(random: SeededRandom, people: DemoPeople): Insert<typeof moduleAssignments>[] {
  const rows: Insert<typeof moduleAssignments>[] = [];
  for (const team of people.teams) {
    const semester = DEMO_SEMESTERS.find((s) => s.name === team.semester)!;
    const advisors = DEMO_FACULTY.filter((f) => f.universityId === team.universityId);
    const focus = MODULE_CATALOG.map((m, i) => ({ m, id: i + 1 })).filter((x) => x.m.subsystem === team.subsystemFocus);
    const others = random
      .shuffle([...new Set(MODULE_CATALOG.map((m) => m.subsystem))].filter((s) => s !== team.subsystemFocus))
      .slice(0, 2)
      .map((subsystem) => MODULE_CATALOG.findIndex((m) => m.subsystem === subsystem) + 1);
    const picked = [...focus.slice(0, 6).map((x) => x.id), ...others];
    picked.forEach((moduleId, k) => {
      rows.push({
        id: rows.length + 1,
        moduleId,
        teamId: team.id!,
        assignedBy: random.pick(advisors).id,
        dueDate: addDays(semester.start, 21 + k * 10),
        createdAt: new Date(`${semester.start}T10:00:00Z`),
      });
    });
  }
  return rows;
}

interface Attempts {
  learnerPerformance: Insert<typeof learnerPerformance>[];
  moduleProgress: Insert<typeof moduleProgress>[];
  moduleFeedback: Insert<typeof moduleFeedback>[];
}

/**
 * Simulates each student working through the catalogue over their semester: they only start a
 * module once its required prerequisites are mastered, prefer their team's focus subsystem,
 * retry most failed modules, and differ in engagement (how much they do) and skill (how well).
 */
function buildAttempts(random: SeededRandom, people: DemoPeople): Attempts {
  const performance: Insert<typeof learnerPerformance>[] = [];
  const progress: Insert<typeof moduleProgress>[] = [];
  const feedback: Insert<typeof moduleFeedback>[] = [];
  const catalog = MODULE_CATALOG.map((m, i) => ({ ...m, id: i + 1 }));

  for (const student of people.students) {
    const team = people.teams.find((t) => t.id === student.teamId)!;
    const semester = DEMO_SEMESTERS.find((s) => s.name === student.semester)!;
    const engagement = random.between(0.3, 1);
    const skill = random.between(-1, 1);
    const budget = Math.round(engagement * 118);
    const mastered = new Set<string>();
    const history = new Map<number, { attempts: number; best: number | null; first: Date; completedAt: Date | null; lastCompleted: boolean }>();
    const spanMs = Date.parse(`${semester.end}T21:00:00Z`) - Date.parse(`${semester.start}T15:00:00Z`);
    let retry: (typeof catalog)[number] | null = null;

    for (let n = 0; n < budget; n++) {
      const current: (typeof catalog)[number] | null = retry ?? nextModule(random, catalog, mastered, team.subsystemFocus ?? null);
      retry = null;
      if (!current) break;
      const previous = history.get(current.id);
      const attemptNumber = (previous?.attempts ?? 0) + 1;
      const at = new Date(
        Date.parse(`${semester.start}T15:00:00Z`) + ((n + random.between(0.1, 0.9)) / budget) * spanMs,
      );
      const completed = !random.chance(0.06);
      const pSuccess = clamp(FIRST_TRY_SUCCESS[current.difficulty] + 0.14 * skill + 0.15 * (attemptNumber - 1), 0.05, 0.97);
      const success = completed && random.chance(pSuccess);
      const mastery = completed
        ? success
          ? clamp(random.normal(84 + 6 * skill, 7), MASTERY_THRESHOLD, 100)
          : clamp(random.normal(55 + 5 * skill, 9), 20, MASTERY_THRESHOLD - 0.5)
        : clamp(random.normal(35, 12), 0, 65);
      const questions = current.sections.length * 4;
      const errors = Math.max(0, Math.round(((100 - mastery) / 100) * questions + random.normal(0, 0.8)));
      const pace = Math.exp(random.normal(0, 0.3)) * (1 - 0.12 * skill) * (attemptNumber > 1 ? 0.75 : 1);
      const seconds = Math.round(current.estimatedMinutes * 60 * pace * (completed ? 1 : random.between(0.2, 0.7)));

      performance.push({
        logId: performance.length + 1,
        studentId: student.id,
        moduleId: current.id,
        attemptNumber,
        timeSpentSeconds: Math.max(60, seconds),
        errorsCount: errors,
        masteryScore: mastery.toFixed(2),
        completed,
        timestamp: at,
      });

      const best = completed ? Math.max(previous?.best ?? 0, mastery) : (previous?.best ?? null);
      history.set(current.id, {
        attempts: attemptNumber,
        best,
        first: previous?.first ?? new Date(at.getTime() - seconds * 1000),
        completedAt: previous?.completedAt ?? (completed ? at : null),
        lastCompleted: completed,
      });
      if (success) mastered.add(current.slug);
      else if (random.chance(0.8)) retry = current;
    }

    for (const [moduleId, h] of [...history].sort((a, b) => a[0] - b[0])) {
      const status: ProgressStatus =
        h.best !== null && h.best >= MASTERY_THRESHOLD ? "mastered" : h.completedAt ? "completed" : "in_progress";
      progress.push({
        id: progress.length + 1,
        studentId: student.id,
        moduleId,
        status,
        percentComplete: status === "in_progress" ? random.int(15, 85) : 100,
        startedAt: h.first,
        completedAt: h.completedAt,
        updatedAt: h.completedAt ?? h.first,
      });
      if (status === "mastered" && random.chance(0.3)) {
        feedback.push({
          id: feedback.length + 1,
          studentId: student.id,
          moduleId,
          rating: random.pick([3, 4, 4, 4, 5, 5, 5, 2]),
          comment: random.chance(0.4) ? random.pick(FEEDBACK_COMMENTS) : null,
          createdAt: h.completedAt!,
        });
      }
    }
  }
  return { learnerPerformance: performance, moduleProgress: progress, moduleFeedback: feedback };
}

function nextModule<T extends CatalogModule & { id: number }>(
  random: SeededRandom,
  catalog: T[],
  mastered: Set<string>,
  focus: string | null,
): T | null {
  const open = catalog.filter(
    (m) => !mastered.has(m.slug) && m.prerequisites.every((p) => !p.required || mastered.has(p.slug)),
  );
  if (open.length === 0) return null;
  // Mostly the team's focus subsystem, in path order; sometimes whatever looks interesting.
  const focused = open.filter((m) => m.subsystem === focus);
  if (focused.length > 0 && random.chance(0.55)) return focused[0]!;
  return random.chance(0.6) ? open[0]! : random.pick(open.slice(0, 8));
}

const FEEDBACK_COMMENTS = [
  "The worked example made the numbers click.",
  "Would like a second practice problem before the checkpoint.",
  "Clear and directly useful for our design review.",
  "Took longer than the estimate, but worth it.",
  "Good link to what the CADENCE team actually did.",
  "The units tripped me up at first; the explanation helped.",
];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
