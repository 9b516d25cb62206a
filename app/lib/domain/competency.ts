import { SUBSYSTEM_LABELS, type CompetencyLevel, type Subsystem } from "./vocabulary";

/**
 * Competency per subsystem, from the modules a student has mastered. Every threshold lives in
 * COMPETENCY_RULES; the "how levels work" texts are generated from it so they never drift.
 *
 * With M the subsystem's modules and m those mastered:
 * - orientation: until competency is reached (everyone starts here);
 * - competency: m ≥ competencyShare × M;
 * - integration: m ≥ integrationShare × M, and at least one mastered module has a prerequisite
 *   in another subsystem;
 * - autonomy: every module mastered and the mean of the best mastery scores ≥ autonomyMeanBest,
 *   plus the integration conditions (all mastered already implies them).
 *
 * Edge cases, decided here:
 * - A subsystem with no modules is orientation with no next level: there is nothing to master.
 * - "x % of M" is read as a count rounded up: 40 % of 7 modules is 2.8, so 3 are needed.
 * - When NO module of the subsystem has a prerequisite in another subsystem, the cross-subsystem
 *   condition of integration cannot be met by anyone, so it is waived: integration then needs
 *   only the share. (With all modules mastered, the condition holds whenever some module has a
 *   cross-subsystem prerequisite, so autonomy never needs it separately.)
 * - A level is the highest whose conditions hold; a student can move up several at once and
 *   move down if the catalogue grows (new modules lower m / M).
 * - The mean best mastery counts every module of the subsystem; a module with no score counts 0.
 */

export const COMPETENCY_RULES = {
  /** A module counts as mastered with a completed attempt of mastery ≥ this. */
  masteryThreshold: 70,
  competencyShare: 0.4,
  integrationShare: 0.75,
  autonomyMeanBest: 85,
};

export type CompetencyRules = typeof COMPETENCY_RULES;

export interface SubsystemModuleState {
  moduleId: number;
  title: string;
  /** Best mastery of the student's completed attempts, 0–100; null when none. */
  bestMastery: number | null;
  /** Derived by the caller: a completed attempt with mastery ≥ the threshold exists. */
  mastered: boolean;
  /** The module has a prerequisite in another subsystem. */
  crossSubsystemPrerequisite: boolean;
}

export interface SubsystemAssessment {
  level: CompetencyLevel;
  /** Mastered modules (m). */
  modulesCompleted: number;
  /** Modules in the subsystem (M). */
  total: number;
  /** The next level and what is missing for it, as sentences for the student; null at the top. */
  next: null | { level: CompetencyLevel; missing: string[] };
}

/** Whether a best completed-attempt score masters a module under these rules. */
export function isMastered(bestCompletedMastery: number | null, rules: CompetencyRules = COMPETENCY_RULES): boolean {
  return bestCompletedMastery !== null && bestCompletedMastery >= rules.masteryThreshold;
}

/**
 * Modules needed for a share of `total`, rounded up. The small epsilon keeps float noise from
 * adding one (0.7 × 10 is 7.000000000000001 in binary).
 */
export function modulesNeeded(share: number, total: number): number {
  return Math.max(0, Math.ceil(share * total - 1e-9));
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
const score = (x: number) => `${Math.round(x * 100) / 100}`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Mean of the best scores, in hundredths to avoid float noise at the threshold. */
function meanBest(modules: SubsystemModuleState[]): number {
  if (modules.length === 0) return 0;
  const hundredths = modules.reduce((sum, m) => sum + Math.round((m.bestMastery ?? 0) * 100), 0);
  return hundredths / modules.length / 100;
}

/**
 * Assesses one subsystem for one student. Pass the modules in learning-path order: the first
 * unmastered module with a cross-subsystem prerequisite is the one suggested.
 * `subsystem` only words the sentences ("Master 2 more power modules").
 */
export function assessSubsystem(
  modules: SubsystemModuleState[],
  rules: CompetencyRules = COMPETENCY_RULES,
  subsystem?: Subsystem,
): SubsystemAssessment {
  const total = modules.length;
  const mastered = modules.filter((m) => m.mastered).length;
  if (total === 0) return { level: "orientation", modulesCompleted: 0, total: 0, next: null };

  const noun = subsystem ? `${SUBSYSTEM_LABELS[subsystem].toLowerCase()} module` : "module";
  const where = subsystem ? "" : " in this subsystem";
  const needCompetency = modulesNeeded(rules.competencyShare, total);
  const needIntegration = modulesNeeded(rules.integrationShare, total);
  const crossCandidates = modules.filter((m) => m.crossSubsystemPrerequisite);
  const crossWaived = crossCandidates.length === 0;
  const crossMet = crossWaived || crossCandidates.some((m) => m.mastered);
  const mean = meanBest(modules);

  const competency = mastered >= needCompetency;
  const integration = mastered >= needIntegration && crossMet;
  const autonomy = integration && mastered === total && mean * 100 >= rules.autonomyMeanBest * 100 - 1e-6;

  const moreModules = (needed: number, level: CompetencyLevel) =>
    `Master ${plural(needed - mastered, "more " + noun)}${where} (${level} needs ${needed} of ${total}).`;

  if (autonomy) return { level: "autonomy", modulesCompleted: mastered, total, next: null };

  if (integration) {
    const missing: string[] = [];
    const remaining = modules.filter((m) => !m.mastered);
    if (remaining.length > 0) {
      const names = remaining.length <= 3 ? `: ${remaining.map((m) => m.title).join(", ")}` : "";
      missing.push(
        remaining.length === 1
          ? `Master the last ${noun}${where}${names}.`
          : `Master the remaining ${plural(remaining.length, noun)}${where}${names}.`,
      );
    }
    if (mean * 100 < rules.autonomyMeanBest * 100 - 1e-6) {
      missing.push(
        `Raise your mean best mastery across all ${plural(total, noun)}${where} to ${score(rules.autonomyMeanBest)} (now ${score(mean)}); retaking a module can raise its best score.`,
      );
    }
    return { level: "integration", modulesCompleted: mastered, total, next: { level: "autonomy", missing } };
  }

  if (competency) {
    const missing: string[] = [];
    if (mastered < needIntegration) missing.push(moreModules(needIntegration, "integration"));
    const example = crossMet ? undefined : (crossCandidates.find((m) => !m.mastered) ?? crossCandidates[0]);
    if (example) missing.push(`Master a module that builds on another subsystem, e.g. ${example.title}.`);
    return { level: "competency", modulesCompleted: mastered, total, next: { level: "integration", missing } };
  }

  return {
    level: "orientation",
    modulesCompleted: mastered,
    total,
    next: { level: "competency", missing: [moreModules(needCompetency, "competency")] },
  };
}

/** The texts of the "how levels work" panel, from the rules. */
export function describeLevels(rules: CompetencyRules = COMPETENCY_RULES): { level: CompetencyLevel; rule: string }[] {
  return [
    {
      level: "orientation",
      rule: `Where every subsystem starts. A module counts as mastered once you finish an attempt scoring ${score(rules.masteryThreshold)} or more.`,
    },
    {
      level: "competency",
      rule: `At least ${percent(rules.competencyShare)} of the subsystem's modules mastered.`,
    },
    {
      level: "integration",
      rule: `At least ${percent(rules.integrationShare)} of the subsystem's modules mastered, including one that builds on another subsystem (it has a prerequisite outside this one). A subsystem with no such module skips that condition.`,
    },
    {
      level: "autonomy",
      rule: `Every module of the subsystem mastered, with a mean best mastery of ${score(rules.autonomyMeanBest)} or more across them.`,
    },
  ];
}

export const HOW_LEVELS_WORK = describeLevels(COMPETENCY_RULES);
