import "server-only";
import { getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "../index";
import { queryRows } from "../rows";
import * as schema from "../schema";
import type { Viewer } from "../../app/lib/auth/roles";
import { ANY_ROLE, assertRole } from "./access";

export const TABLE_GROUPS: { id: string; label: string; description: string; tables: PgTable[] }[] = [
  {
    id: "people",
    label: "Universities, teams and people",
    description: "Who learns and who teaches.",
    tables: [schema.universities, schema.teams, schema.students, schema.faculty],
  },
  {
    id: "modules",
    label: "Modules",
    description: "The learning content, its versions and the path through it.",
    tables: [
      schema.modules,
      schema.moduleSections,
      schema.moduleVersionHistory,
      schema.modulePrerequisites,
      schema.moduleAssignments,
      schema.moduleProgress,
      schema.moduleFeedback,
      schema.moduleAnalyticsEvents,
    ],
  },
  {
    id: "runtime",
    label: "Learning runtime",
    description: "Attempts, competency, calibration and races.",
    tables: [
      schema.learnerPerformance,
      schema.subsystemCompetency,
      schema.moduleDifficultyCalibrations,
      schema.ghostCohorts,
      schema.raceMetadata,
    ],
  },
  {
    id: "cadence",
    label: "CADENCE record",
    description: "The imported Notion workspace of the earlier program.",
    tables: [
      schema.cadenceRawContent,
      schema.cadencePeople,
      schema.cadenceProjects,
      schema.cadenceTasks,
      schema.cadenceMeetings,
      schema.cadenceDocuments,
      schema.notionSyncMetadata,
    ],
  },
  {
    id: "projects",
    label: "Projects and simulation",
    description: "Team projects and their simulation sandboxes.",
    tables: [schema.projects, schema.sandboxes, schema.simulationEnvironments],
  },
  {
    id: "risk",
    label: "Risk models and interfaces",
    description: "Readiness factors, models, outcomes and subsystem interfaces.",
    tables: [
      schema.riskFactors,
      schema.factorModels,
      schema.modelFactors,
      schema.factorValues,
      schema.outcomes,
      schema.modelValidations,
      schema.interfaces,
      schema.interfaceFactorValues,
    ],
  },
  {
    id: "activity",
    label: "Activity",
    description: "What automated agents and people changed.",
    tables: [schema.agentLog, schema.auditLogs],
  },
];

export interface TableGroupCounts {
  id: string;
  label: string;
  description: string;
  total: number;
  tables: { name: string; rows: number }[];
}

/** Row counts of every table, by group, in one round trip. Any signed-in role may see them. */
export async function getTableGroupCounts(viewer: Viewer | null): Promise<TableGroupCounts[]> {
  assertRole(viewer, ANY_ROLE);
  const db = await getDb();
  const names = TABLE_GROUPS.flatMap((g) => g.tables.map((t) => getTableName(t)));
  const query = names
    .map((name) => `SELECT '${name}' AS name, COUNT(*)::int AS rows FROM "${name}"`)
    .join(" UNION ALL ");
  const result = await queryRows<{ name: string; rows: number }>(db, sql.raw(query));
  const counts = new Map(result.map((r) => [r.name, Number(r.rows)]));
  return TABLE_GROUPS.map((group) => {
    const tables = group.tables.map((t) => {
      const name = getTableName(t);
      return { name, rows: counts.get(name) ?? 0 };
    });
    return {
      id: group.id,
      label: group.label,
      description: group.description,
      total: tables.reduce((sum, t) => sum + t.rows, 0),
      tables,
    };
  });
}
