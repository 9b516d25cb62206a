import { describe, expect, test } from "vitest";
import { parseRunDetails } from "./imports";

const written = JSON.stringify({
  error: null,
  warningCount: 3,
  warnings: [
    { code: "dangling_relation", message: "Project relation points nowhere.", path: "Tasks/A.md", notionPageId: "x" },
    { code: "csv_row_without_page", message: "Row has no page." },
  ],
  classify: { total: 10, kept: 7, excluded: 3, byCategory: {}, excludedByReason: { empty: 3 } },
  tables: { cadence_tasks: { added: 2, changed: 1, unchanged: 4 } },
  flaggedMissing: 5,
  durationMs: 812,
});

describe("parseRunDetails: what the history shows of error_details", () => {
  test("reads the JSON db/import/run.ts writes", () => {
    expect(parseRunDetails(written)).toEqual({
      error: null,
      problemCount: 3,
      problems: [
        { code: "dangling_relation", message: "Project relation points nowhere.", path: "Tasks/A.md" },
        { code: "csv_row_without_page", message: "Row has no page.", path: null },
      ],
      tables: [{ table: "cadence_tasks", added: 2, changed: 1, unchanged: 4 }],
      pages: { total: 10, kept: 7, excluded: 3 },
      flaggedMissing: 5,
      durationMs: 812,
      correctionsKept: 0,
      conflictCount: 0,
      conflicts: [],
    });
  });

  test("reads the corrections a run kept and its conflicts with the export", () => {
    const details = parseRunDetails(
      JSON.stringify({
        correctionsKept: 2,
        conflictCount: 1,
        conflicts: [
          { entity: "task", recordId: 12, notionPageId: "p", title: "Battery sizing", field: "status", exported: "in_progress", kept: "completed", exportedLabel: "in_progress", keptLabel: "completed" },
        ],
      }),
    );
    expect(details).toMatchObject({
      correctionsKept: 2,
      conflictCount: 1,
      conflicts: [{ entity: "task", recordId: 12, title: "Battery sizing", field: "status", exported: "in_progress", kept: "completed" }],
    });
  });

  test.each([
    ["null", null, null],
    ["an empty string", "  ", null],
    ["plain text", "connection reset", { code: "text", message: "connection reset" }],
    ["JSON that is not an object", "42", { code: "text", message: "42" }],
    ["a JSON string", '"disk full"', { code: "text", message: "disk full" }],
    ["a fatal error", '{"error":{"code":"not_a_zip","message":"Not a zip."}}', { code: "not_a_zip", message: "Not a zip." }],
  ])("never throws on %s", (_label, text, error) => {
    const details = parseRunDetails(text);
    if (error === null) expect(details).toBeNull();
    else expect(details?.error).toEqual(error);
  });

  test("keeps what it can of malformed fields", () => {
    const details = parseRunDetails(JSON.stringify({ warnings: "many", tables: [1], flaggedMissing: -2, durationMs: "slow" }));
    expect(details).toMatchObject({ error: null, problemCount: 0, problems: [], tables: [], flaggedMissing: 0, durationMs: null });
  });
});
