import { readFile } from "node:fs/promises";
import { z } from "zod";
import { RAW_CATEGORIES, SUBSYSTEMS, WORK_STATUSES } from "../../app/lib/domain/vocabulary";
import { DEFAULT_RULES, type ImportRules } from "./rules";

const words = z.array(z.string().trim().min(1)).min(1);

/**
 * A workspace whose pages use other names can override any part of DEFAULT_RULES with a JSON
 * file (IMPORT_RULES_FILE or `npm run import -- … --rules file.json`). Fields left out keep
 * their defaults; a field given replaces the default list as a whole.
 */
const RulesOverride = z
  .object({
    categories: z
      .array(
        z.object({
          category: z.enum(RAW_CATEGORIES.filter((c) => c !== "other") as [Exclude<(typeof RAW_CATEGORIES)[number], "other">, ...Exclude<(typeof RAW_CATEGORIES)[number], "other">[]]),
          keywords: words,
        }),
      )
      .min(1),
    archiveKeywords: words,
    subsystemSynonyms: z.partialRecord(z.enum(SUBSYSTEMS), words),
    assigneeProperties: words,
    ownerProperties: words,
    attendeeProperties: words,
    personProperties: words,
    projectRelationProperties: words,
    dueDateProperties: words,
    meetingDateProperties: words,
    subsystemProperties: words,
    statusProperties: words,
    urlProperties: words,
    roster: z.object({ name: words, role: words, subsystem: words, email: words }).partial(),
    notPeople: words,
    statusMap: z.partialRecord(z.enum(WORK_STATUSES.filter((s) => s !== "unknown") as ["completed", ...("in_progress" | "blocked" | "todo" | "active")[]]), words),
  })
  .partial()
  .strict();

export class RulesFileError extends Error {
  override name = "RulesFileError";
}

export function mergeRules(override: unknown, base: ImportRules = DEFAULT_RULES): ImportRules {
  const parsed = RulesOverride.safeParse(override);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new RulesFileError(`The import rules file is not valid: ${issues}`);
  }
  const o = parsed.data;
  return {
    ...base,
    ...o,
    subsystemSynonyms: { ...base.subsystemSynonyms, ...o.subsystemSynonyms },
    roster: { ...base.roster, ...o.roster },
    statusMap: { ...base.statusMap, ...o.statusMap },
  } as ImportRules;
}

export async function loadRulesFile(file: string): Promise<ImportRules> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new RulesFileError(`The import rules file ${file} cannot be read.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RulesFileError(`The import rules file ${file} is not valid JSON.`);
  }
  return mergeRules(json);
}

/** Rules for this process: IMPORT_RULES_FILE when set, else the defaults. */
export async function configuredRules(): Promise<ImportRules> {
  const file = process.env.IMPORT_RULES_FILE?.trim();
  return file ? loadRulesFile(file) : DEFAULT_RULES;
}
