import { describe, expect, test } from "vitest";
import { Checkpoint, ModuleSpec, type NumericQuestion, type Question } from "../../../app/lib/domain/module-spec";
import { checkNumeric } from "../../../app/lib/domain/scoring";
import { MODULE_CATALOG, type CatalogModule } from "../module-catalog";
import { COMMUNICATIONS_QUESTIONS } from "./communications";
import { PAYLOAD_QUESTIONS } from "./payload";
import { THERMAL_QUESTIONS } from "./thermal";

const BANKS = [
  { subsystem: "thermal", bank: THERMAL_QUESTIONS },
  { subsystem: "communications", bank: COMMUNICATIONS_QUESTIONS },
  { subsystem: "payload", bank: PAYLOAD_QUESTIONS },
] as const;

const cases = BANKS.flatMap(({ subsystem, bank }) =>
  MODULE_CATALOG.filter((m) => m.subsystem === subsystem).map((module) => ({
    slug: module.slug,
    module,
    checkpoints: bank[module.slug] ?? [],
  })),
);

const SIGMA = 5.67e-8;
const C = 3e8;
const kelvin = (celsius: number) => celsius + 273.15;
const log10 = Math.log10;
const rad = (degrees: number) => (degrees * Math.PI) / 180;
const fspl = (km: number, mhz: number) => 20 * log10(km) + 20 * log10(mhz) + 32.45;

/**
 * Every numeric answer recomputed from the inputs its prompt gives, in the question's unit: the
 * bank's rounded answers must sit within their own tolerance of these.
 */
const WORKED: Record<string, number> = {
  "thm-heat-transfer-in-vacuum/strap-delta-t": 1.5 * (0.04 / (167 * 0.5e-4)),
  "thm-heat-transfer-in-vacuum/panel-radiated-power": 0.8 * SIGMA * 0.1 * 0.2 * kelvin(40) ** 4,
  "thm-radiation-view-factors/earth-view-factor": (6378 / (6378 + 600)) ** 2,
  "thm-radiation-view-factors/parallel-plates": (SIGMA * 0.01 * (320 ** 4 - 280 ** 4)) / (1 / 0.85 + 1 / 0.85 - 1),
  "thm-temperature-limits/qualification-hot-limit": 22 + 10 + 5 + 5,
  "thm-orbital-thermal-environment/solar-load": 0.9 * 0.1 * 0.2 * 1361 * Math.cos(rad(30)),
  "thm-orbital-thermal-environment/earth-ir-load": 0.85 * 0.01 * 237 * 0.86,
  "thm-coatings-alpha-epsilon/sphere-temperature": ((0.5 * 1361) / (4 * SIGMA)) ** 0.25,
  "thm-mli-and-insulation/shield-count": 6 / (5 + 1),
  "thm-mli-and-insulation/blanket-heat-leak": 0.02 * SIGMA * 0.04 * (293 ** 4 - 200 ** 4),
  "thm-hot-cold-cases/single-node-temperature": (12 / (0.85 * SIGMA * 0.06)) ** 0.25,
  "thm-hot-cold-cases/time-constant": (2.0 * 900) / 0.3 / 60,
  "thm-hot-cold-cases/orbit-average-heat": (20 * 60 + 5 * 35) / 95,
  "thm-heaters-and-control/heater-resistance": 8 ** 2 / 1.5,
  "thm-heaters-and-control/heater-low-voltage": 6.4 ** 2 / (8 ** 2 / 1.5),
  "thm-heaters-and-control/heater-energy": 2.0 * 0.6 * (36 / 60),
  "thm-nodal-modelling/conductive-link": (167 * 0.5e-4) / 0.1,
  "thm-nodal-modelling/heating-rate": (0.9 / (0.18 * 1000)) * 60,
  "thm-thermal-vacuum-testing/ramp-time": (20 - -25) / 2,
  "com-rf-fundamentals/vhf-quarter-wave": (C / 145.9e6 / 4) * 100,
  "com-rf-fundamentals/watts-to-dbm": 10 * log10(5000),
  "com-rf-fundamentals/eirp": 10 * log10(2) - 1.5 + 6,
  "com-free-space-path-loss/fspl-s-band": fspl(1200, 2250),
  "com-free-space-path-loss/range-ratio": fspl(2000, 437) - fspl(500, 437),
  "com-antennas-basics/dish-gain": 10 * log10(0.6 * ((Math.PI * 2) / (C / 2.25e9)) ** 2),
  "com-antennas-basics/polarisation-angle": -20 * log10(Math.cos(rad(60))),
  "com-modulation-coding/ebn0-from-cn0": 62 - 10 * log10(19200),
  "com-modulation-coding/code-rate": 9600 / 2,
  "com-link-budget/carrier-to-noise-density": 0 - 150 - 5 + -12 + 228.6,
  "com-link-budget/link-margin-value": 61.6 - 10 * log10(9600) - 13.4 - 2,
  "com-ttc-and-protocols/frame-airtime": ((256 * 8) / 9600) * 1000,
  "com-ttc-and-protocols/sequence-count": 2 ** 14,
  "com-antenna-deployment/uhf-monopole-length": (C / 401.5e6 / 4) * 100,
  "com-ground-station-setup/doppler-shift": (437e6 * (6500 / C)) / 1000,
  "com-ground-station-setup/feedline-loss": (9 * 25) / 100,
  "com-rf-testing-and-verification/frequency-error": (2245e6 * 1.5e-6) / 1000,
  "com-rf-testing-and-verification/attenuator-setting": 30 - 3 - -120,
  "pay-requirements/minimum-focal-length": ((500e3 * 5.5e-6) / 30) * 1000,
  "pay-camera-optics-gsd/ground-sample-distance": (550e3 * 3.45e-6) / 0.4,
  "pay-camera-optics-gsd/diffraction-limit": 500e3 * ((1.22 * 550e-9) / 0.09),
  "pay-camera-optics-gsd/smear-exposure": (4.74 / 7000) * 1000,
  "pay-detectors/snr": 4000 / Math.sqrt(4000 + 200 + 15 ** 2),
  "pay-detectors/dark-current-temperature": 50 * 2 ** ((34 - 20) / 7),
  "pay-interfaces/orbit-average-power": (3.0 * 10 + 0.5 * (95 - 10)) / 95,
  "pay-pointing-requirements/ground-error": 600 * rad(0.5),
  "pay-pointing-requirements/accuracy-from-swath": (((12 / 2 - 4 / 2) / 500) * 180) / Math.PI,
  "pay-pointing-requirements/error-budget": Math.hypot(30, 40) + 10,
  "pay-data-volume-compression/image-size": (2048 * 2048 * 10 * 4) / 1e6,
  "pay-data-volume-compression/daily-capacity": (1e6 * 30 * 60 * 0.75) / 1e9,
  "pay-data-volume-compression/images-per-day": Math.floor(1350 / (167.8 / 2.5)),
  "pay-data-handling/i2c-transfer-time": 48e6 / 400e3,
  "pay-calibration/radiance": (0.05 * (2150 - 150)) / (2 * 1.05),
  "pay-science-operations/storage-backlog": 25 * 60 - 1200,
  "pay-end-to-end-verification/geolocation-bias": (350 / 500e3) * 1000,
};

const questionsOf = (checkpoints: Checkpoint[]): Question[] => checkpoints.flatMap((c) => c.questions);

function specFor(module: CatalogModule, checkpoints: Checkpoint[]) {
  return {
    title: module.title,
    summary: module.summary,
    subsystem: module.subsystem,
    difficulty: module.difficulty,
    estimatedMinutes: module.estimatedMinutes,
    sections: module.sections,
    checkpoints,
  };
}

describe("question bank part B (thermal, communications, payload)", () => {
  test.each(BANKS)("$subsystem: every entry names a catalogue module of that subsystem", ({ subsystem, bank }) => {
    const slugs = new Set(MODULE_CATALOG.filter((m) => m.subsystem === subsystem).map((m) => m.slug));
    expect(Object.keys(bank).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  test("covers the 30 modules of the three subsystems", () => {
    expect(cases).toHaveLength(30);
  });

  describe.each(cases)("$slug", ({ module, checkpoints }) => {
    test("has one valid checkpoint per checkpoint section", () => {
      const checkpointSections = module.sections.flatMap((s, i) => (s.isCheckpoint ? [i] : []));
      expect(checkpoints.length).toBeGreaterThan(0);
      expect(checkpoints.map((c) => c.afterSection).sort()).toEqual(checkpointSections);
      for (const checkpoint of checkpoints) {
        expect(Checkpoint.safeParse(checkpoint).error?.issues).toBeUndefined();
        expect(module.sections[checkpoint.afterSection]?.isCheckpoint).toBe(true);
        expect(checkpoint.questions.length).toBeGreaterThanOrEqual(3);
        expect(checkpoint.questions.length).toBeLessThanOrEqual(4);
      }
      expect(new Set(checkpoints.map((c) => c.id)).size).toBe(checkpoints.length);
    });

    test("has question ids unique in the module and a spec that validates", () => {
      const ids = questionsOf(checkpoints).map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ModuleSpec.safeParse(specFor(module, checkpoints)).error?.issues).toBeUndefined();
    });

    test("has well-formed questions", () => {
      for (const question of questionsOf(checkpoints)) {
        expect(question.explanation.length).toBeGreaterThan(20);
        if (question.kind === "multiple_choice") {
          expect(question.options.length).toBeGreaterThanOrEqual(3);
          expect(question.options.length).toBeLessThanOrEqual(5);
          expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
        } else {
          // An alternative must be another unit, never the main one under a different factor.
          expect(Object.keys(question.alternativeUnits ?? {})).not.toContain(question.unit);
          // °C and K differ by an offset: a factor conversion between them would score wrong answers right.
          const units = [question.unit, ...Object.keys(question.alternativeUnits ?? {})];
          expect(units.includes("°C") && units.includes("K")).toBe(false);
        }
      }
    });
  });

  const numerics = cases.flatMap(({ slug, checkpoints }) =>
    questionsOf(checkpoints).flatMap((q) => (q.kind === "numeric" ? [{ key: `${slug}/${q.id}`, question: q }] : [])),
  );

  test.each(numerics)("$key: the answer matches its worked value and every unit scores right", ({ key, question }) => {
    const q: NumericQuestion = question;
    expect(WORKED[key], `no worked value for ${key}`).toBeDefined();
    expect(checkNumeric(q, WORKED[key]!, q.unit)).toBe(true);
    expect(checkNumeric(q, q.answer, "")).toBe(true);
    for (const [unit, factor] of Object.entries(q.alternativeUnits ?? {})) {
      expect(checkNumeric(q, q.answer / factor, unit), unit).toBe(true);
    }
    // Tolerances must still reject a careless answer 10 % off.
    expect(checkNumeric(q, q.answer * 1.1 + (q.answer === 0 ? 1 : 0), q.unit)).toBe(false);
  });

  test("at least 60 % of the modules have a numeric question", () => {
    const withNumeric = cases.filter(({ checkpoints }) => questionsOf(checkpoints).some((q) => q.kind === "numeric"));
    expect(withNumeric.length / cases.length).toBeGreaterThanOrEqual(0.6);
  });

  test("correct options are spread over positions", () => {
    const positions = cases.flatMap(({ checkpoints }) =>
      questionsOf(checkpoints).flatMap((q) =>
        q.kind === "multiple_choice" ? [q.options.findIndex((o) => o.id === q.correctOptionId)] : [],
      ),
    );
    const share = (position: number) => positions.filter((p) => p === position).length / positions.length;
    // Four-option questions dominate: each of the first four positions should hold a fair share of answers.
    for (const position of [0, 1, 2, 3]) {
      expect(share(position)).toBeGreaterThanOrEqual(0.15);
      expect(share(position)).toBeLessThanOrEqual(0.35);
    }
  });
});
