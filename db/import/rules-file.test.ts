import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { categorize, DEFAULT_RULES } from "./rules";
import { loadRulesFile, mergeRules, RulesFileError } from "./rules-file";

describe("import rules overrides", () => {
  test("a workspace with its own names gets its own categories; other rules keep their defaults", () => {
    const rules = mergeRules({
      categories: [{ category: "meetings", keywords: ["Besprechung"] }, ...DEFAULT_RULES.categories],
      statusMap: { completed: ["Erledigt"] },
    });
    expect(categorize(["Wöchentliche Besprechung"], rules)).toBe("meetings");
    expect(categorize(["Tasks"], rules)).toBe("tasks");
    expect(rules.statusMap.completed).toEqual(["Erledigt"]);
    expect(rules.statusMap.blocked).toEqual(DEFAULT_RULES.statusMap.blocked);
    expect(rules.assigneeProperties).toEqual(DEFAULT_RULES.assigneeProperties);
  });

  test.each([
    ["an unknown field", { colour: "blue" }, /not valid.*colour|Unrecognized/i],
    ["an unknown category", { categories: [{ category: "minutes", keywords: ["x"] }] }, /categories\.0\.category/],
    ["an unknown subsystem", { subsystemSynonyms: { propulsion: ["thruster"] } }, /subsystemSynonyms/],
    ["an empty keyword list", { archiveKeywords: [] }, /archiveKeywords/],
  ])("refuses %s with the field named", (_label, override, message) => {
    expect(() => mergeRules(override)).toThrow(RulesFileError);
    expect(() => mergeRules(override)).toThrow(message);
  });

  test("a file that is not JSON is refused clearly", async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "rules-")), "rules.json");
    await fs.writeFile(file, "{ categories: nope");
    await expect(loadRulesFile(file)).rejects.toThrow(/is not valid JSON/);
    await expect(loadRulesFile(`${file}.missing`)).rejects.toThrow(/cannot be read/);
  });
});
