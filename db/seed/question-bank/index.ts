import type { Checkpoint } from "../../../app/lib/domain/module-spec";
import { AVIONICS_QUESTION_BANK } from "./avionics";
import { COMMUNICATIONS_QUESTIONS } from "./communications";
import { MISSION_OPS_QUESTION_BANK } from "./mission-ops";
import { PAYLOAD_QUESTIONS } from "./payload";
import { POWER_QUESTION_BANK } from "./power";
import { STRUCTURES_QUESTION_BANK } from "./structures";
import { THERMAL_QUESTIONS } from "./thermal";

/**
 * The demo's question bank: the checkpoints of every catalogue module, by slug, one file per
 * subsystem. The seed puts them into each module's version 1.0.0 spec; the seed test checks
 * that every module has at least one and that every spec passes `ModuleSpec`.
 */
export const QUESTION_BANK: Readonly<Record<string, Checkpoint[]>> = {
  ...AVIONICS_QUESTION_BANK,
  ...MISSION_OPS_QUESTION_BANK,
  ...STRUCTURES_QUESTION_BANK,
  ...POWER_QUESTION_BANK,
  ...THERMAL_QUESTIONS,
  ...COMMUNICATIONS_QUESTIONS,
  ...PAYLOAD_QUESTIONS,
};

/** A module's checkpoints; none for a slug the bank does not know. */
export function checkpointsFor(slug: string): Checkpoint[] {
  return Object.hasOwn(QUESTION_BANK, slug) ? QUESTION_BANK[slug]! : [];
}
