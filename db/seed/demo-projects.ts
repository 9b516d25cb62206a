import type {
  factorModels,
  factorValues,
  interfaceFactorValues,
  interfaces,
  modelFactors,
  modelValidations,
  moduleEnvironments,
  outcomes,
  projects,
  riskFactors,
  sandboxes,
  simulationEnvironments,
} from "../schema";
import type { InterfaceType, Subsystem, WorkStatus } from "../../app/lib/domain/vocabulary";
import { MODULE_CATALOG } from "./module-catalog";
import { DEMO_SEMESTERS } from "./roster";
import { SEEDED_AT, type DemoPeople } from "./demo-people";
import type { SeededRandom } from "./random";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface DemoProjects {
  simulationEnvironments: Insert<typeof simulationEnvironments>[];
  /** Environments attached to modules as their sandboxes (no student has opened one in the demo). */
  moduleEnvironments: Insert<typeof moduleEnvironments>[];
  projects: Insert<typeof projects>[];
  sandboxes: Insert<typeof sandboxes>[];
  riskFactors: Insert<typeof riskFactors>[];
  factorModels: Insert<typeof factorModels>[];
  modelFactors: Insert<typeof modelFactors>[];
  interfaces: Insert<typeof interfaces>[];
  factorValues: Insert<typeof factorValues>[];
  outcomes: Insert<typeof outcomes>[];
  modelValidations: Insert<typeof modelValidations>[];
  interfaceFactorValues: Insert<typeof interfaceFactorValues>[];
}

const ENVIRONMENTS = [
  { envId: 1, name: "CircuitJS power-path bench", type: "CircuitJS", subsystem: "power", configJson: { template: "eps-power-path", timestepUs: 5, probes: ["V_BUS", "I_BATT"] } },
  { envId: 2, name: "LTSpice EPS converter lab", type: "LTSpice", subsystem: "power", configJson: { template: "buck-3v3", models: ["LT8610", "BZX84"], analysis: ".tran 5m" } },
  { envId: 3, name: "FreeCAD 1U/3U structure workbench", type: "FreeCAD", subsystem: "structures", configJson: { template: "cubesat-3u-rails", units: "mm", fem: "CalculiX" } },
  { envId: 4, name: "WebContainer flight-software sandbox", type: "WebContainer", subsystem: "avionics", configJson: { template: "fsw-state-machine", runtime: "node20", tests: "vitest" } },
] as const;

/** One environment per module, each where its template fits what the module teaches. */
const MODULE_SANDBOXES: { slug: string; envId: number; instructions: string }[] = [
  {
    slug: "pwr-eps-architecture",
    envId: 1,
    instructions:
      "Follow the power path from the solar array through the battery to the regulated bus.\n\n1. Probe `V_BUS` and `I_BATT`.\n2. Step the load from 2 W to 6 W and note when the battery starts to discharge.\n3. Explain in one sentence why the bus voltage sags when it does.",
  },
  {
    slug: "pwr-distribution-protection",
    envId: 2,
    instructions:
      "Run the transient analysis of the 3.3 V buck converter.\n\n- Step the load from 100 mA to 1.5 A and measure how far the rail dips.\n- Add a current limit that trips at 2 A and show that a short on the rail no longer pulls the bus down.",
  },
  {
    slug: "str-fea-basics",
    envId: 3,
    instructions:
      "Mesh the 3U rail model and run a static case of **10 g** along the launch axis with CalculiX.\n\nCompare the peak von Mises stress with the yield strength of Al 6061-T6 and report the margin of safety.",
  },
  {
    slug: "av-flight-software-modes",
    envId: 4,
    instructions:
      "The template holds a mode manager with a failing test.\n\n1. Run `npm test` and read the failure.\n2. Implement the safe → nominal transition so that it needs two good battery readings in a row.\n3. Add a test for a watchdog reset in nominal mode.",
  },
];

const PROJECT_TEMPLATES: { name: string; subsystem: Subsystem; description: string; env: number | null }[] = [
  { name: "EPS power budget and battery sizing", subsystem: "power", description: "Orbit-average power budget, eclipse battery sizing and a depth-of-discharge check.", env: 1 },
  { name: "UHF link budget and antenna deployment", subsystem: "communications", description: "Downlink margin at 10° elevation and a burn-wire deployment test plan.", env: null },
  { name: "Flight software mode manager", subsystem: "avionics", description: "Safe, nominal and payload modes with watchdog-driven recovery.", env: 4 },
  { name: "Thermal hot/cold case model", subsystem: "thermal", description: "Six-node lumped model of the 3U bus for beta angles 0° and 60°.", env: null },
  { name: "Structure and vibration qualification", subsystem: "structures", description: "Rail tolerances, first-mode frequency and random-vibration test levels.", env: 3 },
  { name: "Payload camera data pipeline", subsystem: "payload", description: "Image capture, compression and downlink scheduling for the imager.", env: 4 },
  { name: "Ground station and pass scheduling", subsystem: "mission_ops", description: "Pass prediction from TLEs and an operations schedule for commissioning.", env: null },
];

const RISK_FACTORS = [
  { key: "mass_margin_pct", name: "Mass margin", subsystem: "structures", unit: "%", description: "Allowed mass minus current best estimate, as a share of allowed mass." },
  { key: "power_margin_pct", name: "Orbit-average power margin", subsystem: "power", unit: "%", description: "Generated minus consumed orbit-average power, as a share of consumption." },
  { key: "link_margin_db", name: "Downlink margin", subsystem: "communications", unit: "dB", description: "Link budget margin at the minimum elevation angle." },
  { key: "thermal_margin_c", name: "Thermal margin", subsystem: "thermal", unit: "°C", description: "Smallest distance of a predicted temperature to its component limit." },
  { key: "test_coverage_pct", name: "Verification coverage", subsystem: null, unit: "%", description: "Requirements with a passed verification activity." },
  { key: "schedule_slack_weeks", name: "Schedule slack", subsystem: "mission_ops", unit: "weeks", description: "Weeks between the planned delivery date and the launch provider's deadline." },
  { key: "open_software_defects", name: "Open flight-software defects", subsystem: "avionics", unit: "count", description: "Defects of severity 1–2 not yet closed." },
  { key: "interface_open_items", name: "Open interface items", subsystem: null, unit: "count", description: "Unresolved items in interface control documents." },
] as const;

/** Weights of the readiness model: positive factors raise readiness, counts of problems lower it. */
const MODEL_WEIGHTS: Record<string, number> = {
  mass_margin_pct: 0.12,
  power_margin_pct: 0.16,
  link_margin_db: 0.14,
  thermal_margin_c: 0.1,
  test_coverage_pct: 0.24,
  schedule_slack_weeks: 0.1,
  open_software_defects: -0.08,
  interface_open_items: -0.06,
};

const INTERFACE_TEMPLATES: { name: string; a: Subsystem; b: Subsystem; type: InterfaceType; description: string }[] = [
  { name: "Battery bus to OBC supply", a: "power", b: "avionics", type: "electrical", description: "3.3 V and 5 V regulated rails with latch-up protection." },
  { name: "OBC to radio command/telemetry link", a: "avionics", b: "communications", type: "data", description: "UART at 115200 baud with framed AX.25 packets." },
  { name: "Radio to deployable antenna", a: "communications", b: "structures", type: "RF", description: "SMA feed and burn-wire release of the UHF dipole." },
  { name: "Solar panels to structure", a: "power", b: "structures", type: "mechanical", description: "Body-mounted panels fastened to the rails with M2.5 screws." },
  { name: "Payload to OBC image transfer", a: "payload", b: "avionics", type: "data", description: "SPI transfer of compressed frames into flash storage." },
  { name: "Battery heater control", a: "thermal", b: "power", type: "thermal", description: "Heater switched on below 0 °C to keep the cells above their charge limit." },
  { name: "Ground station command uplink", a: "mission_ops", b: "communications", type: "RF", description: "437 MHz uplink with authenticated commands." },
];

export function buildProjects(random: SeededRandom, people: DemoPeople): DemoProjects {
  const environmentRows = ENVIRONMENTS.map((e) => ({ ...e, configJson: { ...e.configJson }, status: "available", createdAt: SEEDED_AT }));

  const projectRows: Insert<typeof projects>[] = [];
  const sandboxRows: Insert<typeof sandboxes>[] = [];
  const interfaceRows: Insert<typeof interfaces>[] = [];
  for (const team of people.teams) {
    const fall = team.semester === DEMO_SEMESTERS[1].name;
    const semester = DEMO_SEMESTERS.find((s) => s.name === team.semester)!;
    const members = people.students.filter((s) => s.teamId === team.id);
    const templates = PROJECT_TEMPLATES.filter((p) => p.subsystem === team.subsystemFocus).concat(
      random.shuffle(PROJECT_TEMPLATES.filter((p) => p.subsystem !== team.subsystemFocus)).slice(0, 2),
    );
    for (const template of templates) {
      const status: WorkStatus = fall ? random.pick(["active", "in_progress", "blocked", "todo"] as const) : random.pick(["completed", "completed", "in_progress"] as const);
      const project = {
        id: projectRows.length + 1,
        teamId: team.id!,
        name: template.name,
        description: template.description,
        subsystem: template.subsystem,
        status,
        createdAt: new Date(`${semester.start}T12:00:00Z`),
        updatedAt: new Date(`${semester.start}T12:00:00Z`),
      };
      projectRows.push(project);
      if (template.env) {
        sandboxRows.push({
          id: sandboxRows.length + 1,
          environmentId: template.env,
          projectId: project.id,
          name: `${template.name} (team workspace)`,
          configJson: { branch: "main", sharedWith: team.name },
          status: fall ? "ready" : "stopped",
          createdAt: project.createdAt,
          updatedAt: project.createdAt,
        });
      }
    }
    for (const member of members) {
      if (!random.chance(0.5)) continue;
      const environment = random.pick(environmentRows);
      sandboxRows.push({
        id: sandboxRows.length + 1,
        environmentId: environment.envId,
        studentId: member.id!,
        name: `${member.name}'s ${environment.type} sandbox`,
        configJson: { template: environment.configJson.template },
        status: fall ? random.pick(["ready", "running", "stopped"] as const) : "stopped",
        createdAt: new Date(`${semester.start}T14:00:00Z`),
        updatedAt: new Date(`${semester.start}T14:00:00Z`),
      });
    }
    for (const template of INTERFACE_TEMPLATES) {
      interfaceRows.push({
        id: interfaceRows.length + 1,
        teamId: team.id!,
        name: template.name,
        subsystemA: template.a,
        subsystemB: template.b,
        interfaceType: template.type,
        description: template.description,
        ownerStudentId: random.pick(members).id!,
        createdAt: new Date(`${semester.start}T12:00:00Z`),
      });
    }
  }

  const factorRows = RISK_FACTORS.map((f, i) => ({ id: i + 1, ...f, createdAt: SEEDED_AT }));
  const modelRows = [
    { id: 1, name: "Mission readiness", description: "Weighted readiness score used at design reviews; predicts passing the flight readiness review.", version: "1.2.0", targetOutcome: "frr_passed", createdAt: SEEDED_AT },
  ];
  const modelFactorRows = factorRows.map((f, i) => ({ id: i + 1, modelId: 1, factorId: f.id, weight: MODEL_WEIGHTS[f.key]!.toFixed(4) }));

  // Monthly snapshots per team, drifting toward readiness as the semester advances.
  const valueRows: Insert<typeof factorValues>[] = [];
  const outcomeRows: Insert<typeof outcomes>[] = [];
  for (const team of people.teams) {
    const semester = DEMO_SEMESTERS.find((s) => s.name === team.semester)!;
    const strength = random.between(-1, 1);
    for (let month = 0; month < 4; month++) {
      const observedAt = new Date(Date.parse(`${semester.start}T12:00:00Z`) + month * 28 * 86_400_000);
      for (const factor of factorRows) {
        valueRows.push({
          id: valueRows.length + 1,
          factorId: factor.id,
          teamId: team.id!,
          value: factorValue(random, factor.key, month, strength).toFixed(4),
          observedAt,
        });
      }
    }
    if (team.semester === DEMO_SEMESTERS[0].name) {
      const observedAt = new Date(`${semester.end}T16:00:00Z`);
      outcomeRows.push(
        { id: outcomeRows.length + 1, teamId: team.id!, outcomeType: "frr_passed", value: strength > -0.3 ? "1.0000" : "0.0000", observedAt, notes: strength > -0.3 ? "Passed flight readiness review." : "Review deferred: verification incomplete." },
        { id: outcomeRows.length + 2, teamId: team.id!, outcomeType: "integration_defects", value: String(Math.max(1, Math.round(9 - 5 * strength))) + ".0000", observedAt, notes: null },
      );
    }
  }

  const interfaceValueRows: Insert<typeof interfaceFactorValues>[] = [];
  for (const row of interfaceRows) {
    const openItems = factorRows.find((f) => f.key === "interface_open_items")!;
    interfaceValueRows.push({
      id: interfaceValueRows.length + 1,
      interfaceId: row.id!,
      factorId: openItems.id,
      value: random.int(0, 6).toFixed(4),
      observedAt: row.createdAt!,
    });
  }

  const validationRows = [
    { id: 1, modelId: 1, validatedAt: new Date("2026-05-15T10:00:00Z"), sampleSize: outcomeRows.filter((o) => o.outcomeType === "frr_passed").length, metrics: { auc: 0.78, brier: 0.17, accuracy: 0.67 }, notes: "Validated against the Spring 2026 flight readiness reviews." },
  ];

  const moduleEnvironmentRows = MODULE_SANDBOXES.map((m, i) => {
    const index = MODULE_CATALOG.findIndex((c) => c.slug === m.slug);
    if (index < 0) throw new Error(`module sandbox for unknown module ${m.slug}`);
    // Module ids follow the catalogue's order (buildLearning).
    return { id: i + 1, moduleId: index + 1, environmentId: m.envId, position: 1, instructions: m.instructions, createdAt: SEEDED_AT };
  });

  return {
    simulationEnvironments: environmentRows,
    moduleEnvironments: moduleEnvironmentRows,
    projects: projectRows,
    sandboxes: sandboxRows,
    riskFactors: factorRows,
    factorModels: modelRows,
    modelFactors: modelFactorRows,
    interfaces: interfaceRows,
    factorValues: valueRows,
    outcomes: outcomeRows,
    modelValidations: validationRows,
    interfaceFactorValues: interfaceValueRows,
  };
}

function factorValue(random: SeededRandom, key: string, month: number, strength: number): number {
  const progress = month / 3;
  switch (key) {
    case "mass_margin_pct": return 18 - 8 * progress + 4 * strength + random.normal(0, 1.5);
    case "power_margin_pct": return 8 + 10 * progress + 5 * strength + random.normal(0, 2);
    case "link_margin_db": return 2 + 4 * progress + 1.5 * strength + random.normal(0, 0.6);
    case "thermal_margin_c": return 4 + 8 * progress + 3 * strength + random.normal(0, 1.2);
    case "test_coverage_pct": return Math.min(100, 10 + 70 * progress + 10 * strength + random.normal(0, 4));
    case "schedule_slack_weeks": return Math.max(0, 6 - 3 * progress + 2 * strength + random.normal(0, 0.8));
    case "open_software_defects": return Math.max(0, Math.round(14 - 9 * progress - 3 * strength + random.normal(0, 1.5)));
    default: return Math.max(0, Math.round(10 - 7 * progress - 2 * strength + random.normal(0, 1)));
  }
}
