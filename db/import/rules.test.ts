/**
 * The tables below document how the importer reads a Notion export: each row is one decision.
 */
import { describe, expect, test } from "vitest";
import type { RawCategory, Subsystem, WorkStatus } from "../../app/lib/domain/vocabulary";
import {
  DEFAULT_RULES,
  canonicalPersonKey,
  categorize,
  dateFromTitle,
  extractMentions,
  findProperty,
  inferSubsystem,
  isArchived,
  isPersonName,
  matchSubsystem,
  matchesKeyword,
  mostFrequentSubsystem,
  normalizeStatus,
  parseNotionDate,
  parseRelations,
  splitMultiValue,
  type CalendarDate,
  type ImportRules,
  type ParsedDateValue,
} from "./rules";

describe("matchesKeyword", () => {
  test.each<{ label: string; text: string; keyword: string; expected: boolean }>([
    { label: "plain word, other case", text: "Weekly Sync", keyword: "sync", expected: true },
    { label: "word followed by a hyphen", text: "sync-up notes", keyword: "sync", expected: true },
    { label: "no match inside a longer word (async)", text: "async jobs", keyword: "sync", expected: false },
    { label: "no match at the end of a word (contest)", text: "Design contest", keyword: "test", expected: false },
    { label: "no match at the end of a word (latest)", text: "latest news", keyword: "test", expected: false },
    { label: "hyphenated keyword", text: "To-do list", keyword: "to-do", expected: true },
    { label: "acronym after a word", text: "Power ICD", keyword: "icd", expected: true },
    { label: "plural of the keyword", text: "Tasks", keyword: "task", expected: true },
    { label: "y → ies plural", text: "Spare batteries", keyword: "battery", expected: true },
    { label: "phrase with a space", text: "Open action items", keyword: "action item", expected: true },
    { label: "phrase with extra spaces", text: "Mission   Ops", keyword: "mission ops", expected: true },
    { label: "underscore id finds spaced words", text: "Mission Ops review", keyword: "mission_ops", expected: true },
    { label: "keyword with &", text: "C&DH board", keyword: "C&DH", expected: true },
    { label: "keyword with & inside a longer token", text: "XC&DH", keyword: "C&DH", expected: false },
    { label: "Unicode letters count as word characters", text: "Testé", keyword: "test", expected: false },
    { label: "emoji is a separator", text: "📅Meetings", keyword: "meeting", expected: true },
    { label: "short acronym not inside a word", text: "Interface", keyword: "RF", expected: false },
    { label: "empty keyword never matches", text: "anything", keyword: "", expected: false },
  ])("$label", ({ text, keyword, expected }) => {
    expect(matchesKeyword(text, keyword)).toBe(expected);
  });
});

describe("categorize (names nearest first; first matching name decides)", () => {
  test.each<{ label: string; names: string[]; expected: RawCategory }>([
    { label: "meeting folder beats a subsystem ancestor", names: ["Meeting Notes", "Power Subsystem"], expected: "meetings" },
    { label: "subsystem name is technical", names: ["Power Subsystem", "Engineering"], expected: "documents_technical" },
    { label: "team directory is people", names: ["Team Directory"], expected: "people" },
    { label: "nothing matches", names: ["Random"], expected: "other" },
    { label: "nearest name wins over a later one", names: ["Sprint Board", "Meetings"], expected: "tasks" },
    { label: "plural database name", names: ["Tasks"], expected: "tasks" },
    { label: "falls through to an ancestor", names: ["Q3", "Meetings", "CADENCE"], expected: "meetings" },
    { label: "category order within one name", names: ["Design Review"], expected: "documents_program" },
    { label: "synonym of a subsystem", names: ["Ground Station"], expected: "documents_technical" },
    { label: "workflow pages", names: ["Onboarding Guide"], expected: "documents_workflow" },
    { label: "how-to", names: ["How-to: Soldering"], expected: "documents_workflow" },
    { label: "stand-up", names: ["Daily Stand-up"], expected: "meetings" },
    { label: "no names", names: [], expected: "other" },
  ])("$label", ({ names, expected }) => {
    expect(categorize(names)).toBe(expected);
  });

  test("custom rules replace the defaults", () => {
    const rules: ImportRules = { ...DEFAULT_RULES, categories: [{ category: "meetings", keywords: ["besprechung"] }] };
    expect(categorize(["Besprechungen"], rules)).toBe("other");
    expect(categorize(["Besprechung"], rules)).toBe("meetings");
    expect(categorize(["Meetings"], rules)).toBe("other");
  });
});

describe("isArchived", () => {
  test.each<{ label: string; ancestors: string[]; expected: boolean }>([
    { label: "under an Archive page", ancestors: ["Archive", "CADENCE"], expected: true },
    { label: "Old as a whole word", ancestors: ["Old meetings"], expected: true },
    { label: "trash deeper up", ancestors: ["Notes", "Trash"], expected: true },
    { label: "'old' inside a word does not count", ancestors: ["Gold standard", "Bold ideas"], expected: false },
    { label: "ordinary ancestors", ancestors: ["Meetings", "CADENCE"], expected: false },
    { label: "no ancestors", ancestors: [], expected: false },
  ])("$label", ({ ancestors, expected }) => {
    expect(isArchived(ancestors)).toBe(expected);
  });
});

describe("normalizeStatus", () => {
  test.each<{ label: string; raw: string | null | undefined; expected: WorkStatus }>([
    { label: "emoji before", raw: "✅ Done", expected: "completed" },
    { label: "emoji after, mixed case", raw: "In Progress 🚧", expected: "in_progress" },
    { label: "hyphen as space", raw: "on-hold", expected: "blocked" },
    { label: "title case", raw: "Not Started", expected: "todo" },
    { label: "empty", raw: "", expected: "unknown" },
    { label: "null", raw: null, expected: "unknown" },
    { label: "undefined", raw: undefined, expected: "unknown" },
    { label: "unmapped option", raw: "Maybe", expected: "unknown" },
    { label: "acronym", raw: "WIP", expected: "in_progress" },
    { label: "in review counts as in progress", raw: "In review", expected: "in_progress" },
    { label: "To-do with hyphen", raw: "To-do", expected: "todo" },
    { label: "Next up", raw: "Next up ⏭️", expected: "todo" },
    { label: "Active", raw: "Active", expected: "active" },
    { label: "extra spaces and punctuation", raw: "  Shipped!!  ", expected: "completed" },
    { label: "only emoji", raw: "🔥", expected: "unknown" },
    { label: "a percent option is not a status", raw: "25% Complete", expected: "unknown" },
  ])("$label: $raw", ({ raw, expected }) => {
    expect(normalizeStatus(raw)).toBe(expected);
  });
});

const day = (date: string, time: string | null = null): CalendarDate => ({ date, time });

describe("parseNotionDate", () => {
  test.each<{ label: string; raw: string; expected: ParsedDateValue }>([
    { label: "long month", raw: "November 5, 2025", expected: { kind: "date", start: day("2025-11-05"), end: null } },
    { label: "with PM time", raw: "November 5, 2025 3:00 PM", expected: { kind: "date", start: day("2025-11-05", "15:00"), end: null } },
    { label: "12 AM is midnight", raw: "April 21, 2022 12:15 AM", expected: { kind: "date", start: day("2022-04-21", "00:15"), end: null } },
    { label: "12 PM is noon", raw: "April 21, 2022 12:15 PM", expected: { kind: "date", start: day("2022-04-21", "12:15"), end: null } },
    { label: "short month", raw: "Nov 5, 2025", expected: { kind: "date", start: day("2025-11-05"), end: null } },
    { label: "short month, padded day", raw: "Nov 05, 2025", expected: { kind: "date", start: day("2025-11-05"), end: null } },
    { label: "slashed ISO", raw: "2025/11/05", expected: { kind: "date", start: day("2025-11-05"), end: null } },
    { label: "ISO", raw: "2025-11-05", expected: { kind: "date", start: day("2025-11-05"), end: null } },
    { label: "ISO with 24h time", raw: "2025-11-05 15:00", expected: { kind: "date", start: day("2025-11-05", "15:00"), end: null } },
    { label: "US month/day", raw: "11/05/2025", expected: { kind: "date", start: day("2025-11-05"), end: null } },
    { label: "mention with @ and CSV trailing space", raw: "@December 1, 2024 ", expected: { kind: "date", start: day("2024-12-01"), end: null } },
    { label: "zone suffix is ignored, time kept", raw: "May 2, 2023 9:05 AM (GMT+2)", expected: { kind: "date", start: day("2023-05-02", "09:05"), end: null } },
    {
      label: "range with U+2192",
      raw: "April 23, 2024 → May 22, 2024",
      expected: { kind: "date", start: day("2024-04-23"), end: day("2024-05-22") },
    },
    {
      label: "range with ->",
      raw: "2024-04-23 -> 2024-05-22",
      expected: { kind: "date", start: day("2024-04-23"), end: day("2024-05-22") },
    },
    {
      label: "range with times",
      raw: "November 5, 2025 3:00 PM → November 6, 2025 9:30 AM",
      expected: { kind: "date", start: day("2025-11-05", "15:00"), end: day("2025-11-06", "09:30") },
    },
    {
      label: "end time only takes the start's date",
      raw: "November 5, 2025 3:00 PM → 4:00 PM",
      expected: { kind: "date", start: day("2025-11-05", "15:00"), end: day("2025-11-05", "16:00") },
    },
    { label: "leap day in a leap year", raw: "February 29, 2024", expected: { kind: "date", start: day("2024-02-29"), end: null } },
    { label: "leap day in a common year", raw: "February 29, 2025", expected: { kind: "invalid", raw: "February 29, 2025" } },
    { label: "impossible day", raw: "February 30, 2025", expected: { kind: "invalid", raw: "February 30, 2025" } },
    { label: "impossible month", raw: "13/05/2025", expected: { kind: "invalid", raw: "13/05/2025" } },
    { label: "impossible time", raw: "November 5, 2025 13:00 PM", expected: { kind: "invalid", raw: "November 5, 2025 13:00 PM" } },
    { label: "end time without a start time", raw: "November 5, 2025 → 4:00 PM", expected: { kind: "invalid", raw: "November 5, 2025 → 4:00 PM" } },
    { label: "@Today", raw: "@Today", expected: { kind: "relative", raw: "@Today" } },
    { label: "Today without @", raw: "Today", expected: { kind: "relative", raw: "Today" } },
    { label: "@Yesterday", raw: "@Yesterday", expected: { kind: "relative", raw: "@Yesterday" } },
    { label: "@Last Monday", raw: "@Last Monday", expected: { kind: "relative", raw: "@Last Monday" } },
    { label: "@Next Friday", raw: "@Next Friday", expected: { kind: "relative", raw: "@Next Friday" } },
    { label: "weekday alone", raw: "@Monday", expected: { kind: "relative", raw: "@Monday" } },
    { label: "relative with time", raw: "@Tomorrow 9:00 AM", expected: { kind: "relative", raw: "@Tomorrow 9:00 AM" } },
    { label: "empty", raw: "", expected: { kind: "invalid", raw: "" } },
    { label: "text", raw: "next sprint", expected: { kind: "invalid", raw: "next sprint" } },
    { label: "German rendering is kept raw", raw: "27. Juli 2023 11:52", expected: { kind: "invalid", raw: "27. Juli 2023 11:52" } },
  ])("$label: '$raw'", ({ raw, expected }) => {
    expect(parseNotionDate(raw)).toEqual(expected);
  });
});

describe("dateFromTitle", () => {
  test.each<{ label: string; title: string; expected: CalendarDate | null }>([
    { label: "long date after a dash", title: "Weekly sync — October 14, 2025", expected: day("2025-10-14") },
    { label: "ISO prefix", title: "2025-10-14 Standup", expected: day("2025-10-14") },
    { label: "US date suffix", title: "Design review 10/14/2025", expected: day("2025-10-14") },
    { label: "date mention title", title: "@October 14, 2025", expected: day("2025-10-14") },
    { label: "day before month", title: "Retro 14 Oct 2025", expected: day("2025-10-14") },
    { label: "time is kept", title: "Kickoff October 14, 2025 3:30 PM", expected: day("2025-10-14", "15:30") },
    { label: "first date wins", title: "2025-10-14 follow-up of 2025-10-07", expected: day("2025-10-14") },
    { label: "impossible date is skipped", title: "Sync February 30, 2025", expected: null },
    { label: "no date", title: "Weekly sync", expected: null },
    { label: "relative title cannot be dated", title: "@Last Monday", expected: null },
  ])("$label", ({ title, expected }) => {
    expect(dateFromTitle(title)).toEqual(expected);
  });
});

describe("splitMultiValue", () => {
  test.each<{ label: string; raw: string; expected: string[] }>([
    { label: "comma-space separated", raw: "Improvement, Marketing", expected: ["Improvement", "Marketing"] },
    { label: "comma without space stays", raw: "1,5 kg, 2,0 kg", expected: ["1,5 kg", "2,0 kg"] },
    { label: "emoji in values", raw: "penny 🐧, Christina Lin", expected: ["penny 🐧", "Christina Lin"] },
    { label: "empties dropped and values trimmed", raw: " A, ,  B , ", expected: ["A", "B"] },
    { label: "empty string", raw: "", expected: [] },
  ])("$label", ({ raw, expected }) => {
    expect(splitMultiValue(raw)).toEqual(expected);
  });
});

describe("parseRelations", () => {
  test.each<{ label: string; raw: string; expected: { title: string; target: string | null }[] }>([
    {
      label: "one relation, path decoded",
      raw: "Marketing campaign (Projects%20&%20Tasks%20104d/Projects%2058b8/Marketing%20campaign%2088ac.md)",
      expected: [{ title: "Marketing campaign", target: "Projects & Tasks 104d/Projects 58b8/Marketing campaign 88ac.md" }],
    },
    {
      label: "two relations",
      raw: "Power ICD (Power%20ICD%20a1.md), Battery test (Battery%20test%20b2.md)",
      expected: [
        { title: "Power ICD", target: "Power ICD a1.md" },
        { title: "Battery test", target: "Battery test b2.md" },
      ],
    },
    {
      label: "comma and parentheses inside a title",
      raw: "Budget, Q3 (draft) (Budget%2C%20Q3%20(draft)%20c3.md), EPS (EPS%20d4.md)",
      expected: [
        { title: "Budget, Q3 (draft)", target: "Budget, Q3 (draft) c3.md" },
        { title: "EPS", target: "EPS d4.md" },
      ],
    },
    {
      label: "parentheses and a raw comma inside a path",
      raw: "Level-1 (Level-1(grid%20view)%2010bd.csv), Notes (../Notes,%20misc%20e5.md)",
      expected: [
        { title: "Level-1", target: "Level-1(grid view) 10bd.csv" },
        { title: "Notes", target: "../Notes, misc e5.md" },
      ],
    },
    {
      label: "page outside the export: notion.so URL",
      raw: "PowerShell (https://www.notion.so/PowerShell-506e1234?pvs=21)",
      expected: [{ title: "PowerShell", target: "https://www.notion.so/PowerShell-506e1234?pvs=21" }],
    },
    {
      label: "NFD percent bytes and a bad escape",
      raw: "Lo%CC%88we (Lo%CC%88we%20%ZZ%20f6.md)",
      expected: [{ title: "Lo%CC%88we", target: "Lo\u0308we %ZZ f6.md" }],
    },
    {
      label: "plain titles without a link",
      raw: "Alpha, Beta",
      expected: [
        { title: "Alpha", target: null },
        { title: "Beta", target: null },
      ],
    },
    {
      label: "unlinked title after a linked one",
      raw: "Alpha (Alpha%20a.md), Beta (not a link)",
      expected: [
        { title: "Alpha", target: "Alpha a.md" },
        { title: "Beta (not a link)", target: null },
      ],
    },
    { label: "empty link text", raw: "(Inline%20DB%20f412.md)", expected: [{ title: "", target: "Inline DB f412.md" }] },
    { label: "empty value", raw: "", expected: [] },
  ])("$label", ({ raw, expected }) => {
    expect(parseRelations(raw)).toEqual(expected);
  });
});

describe("extractMentions", () => {
  test.each<{ label: string; body: string; expected: string[] }>([
    { label: "mention in a table cell", body: "| Product Manager | @Sohrab Amin  |", expected: ["Sohrab Amin"] },
    { label: "stops at a lower-case word", body: "@Maya Chen will order parts", expected: ["Maya Chen"] },
    { label: "stops at punctuation", body: "Thanks @Maya, and @Tom.", expected: ["Maya", "Tom"] },
    { label: "apostrophe and title", body: "cc @Dr. Liam O'Neil today", expected: ["Dr. Liam O'Neil"] },
    { label: "hyphenated and accented", body: "(@Jean-Luc Éloi)", expected: ["Jean-Luc Éloi"] },
    { label: "possessive dropped", body: "@Maya's notes", expected: ["Maya"] },
    { label: "each name once, first spelling kept", body: "@Maya Chen then @maya chen then @Maya Chen", expected: ["Maya Chen"] },
    { label: "order of first appearance", body: "@Tom\n@Maya Chen\n@Tom", expected: ["Tom", "Maya Chen"] },
    { label: "date mentions excluded", body: "Due @November 5, 2025 and @Nov 5 and @2025-11-05, ask @Ana", expected: ["Ana"] },
    {
      label: "relative mentions excluded",
      body: "@Today @Yesterday @Tomorrow @Now @Last Monday @Next Friday @This Week @Monday",
      expected: [],
    },
    { label: "e-mail is not a mention", body: "Mail maya@uni.edu or @Maya Chen", expected: ["Maya Chen"] },
    { label: "month-like first name without a day is a person", body: "@May Lin", expected: ["May Lin"] },
    { label: "at most four words", body: "@Ana Maria De La Cruz", expected: ["Ana Maria De La"] },
    { label: "NFD input is returned NFC", body: "@Ma\u0079\u0308a", expected: ["Maÿa"] },
    { label: "no mentions", body: "plain text @ 3pm", expected: [] },
  ])("$label", ({ body, expected }) => {
    expect(extractMentions(body)).toEqual(expected);
  });
});

describe("canonicalPersonKey", () => {
  test.each<{ label: string; name: string; expected: string }>([
    { label: "double space", name: "Maya  Chen", expected: "maya chen" },
    { label: "lower case", name: "maya chen", expected: "maya chen" },
    { label: "upper case", name: "MAYA CHEN", expected: "maya chen" },
    { label: "padded, tab inside", name: "  Maya\tChen ", expected: "maya chen" },
    { label: "NFD diaeresis", name: "Ma\u0079\u0308a Chen", expected: "ma\u00ffa chen" },
    { label: "NFC diaeresis", name: "Ma\u00ffa Chen", expected: "ma\u00ffa chen" },
  ])("$label", ({ name, expected }) => {
    expect(canonicalPersonKey(name)).toBe(expected);
  });
});

describe("isPersonName", () => {
  test.each<{ label: string; value: string; expected: boolean }>([
    { label: "a name", value: "Maya Chen", expected: true },
    { label: "a name with emoji", value: "penny 🐧", expected: true },
    { label: "empty", value: "  ", expected: false },
    { label: "Anonymous", value: "Anonymous", expected: false },
    { label: "German Anonym", value: "anonym", expected: false },
    { label: "a date", value: "November 5, 2025", expected: false },
    { label: "a relative date", value: "@Today", expected: false },
    { label: "an e-mail only", value: "maya@uni.edu", expected: false },
    { label: "no letters", value: "1234 -", expected: false },
  ])("$label", ({ value, expected }) => {
    expect(isPersonName(value)).toBe(expected);
  });
});

describe("matchSubsystem", () => {
  test.each<{ label: string; text: string; expected: Subsystem | null }>([
    { label: "id", text: "Avionics", expected: "avionics" },
    { label: "acronym OBC", text: "OBC bring-up", expected: "avionics" },
    { label: "C&DH", text: "C&DH interfaces", expected: "avionics" },
    { label: "structural", text: "Structural analysis", expected: "structures" },
    { label: "mission ops with a space", text: "Mission ops handbook", expected: "mission_ops" },
    { label: "mission_ops id", text: "mission_ops", expected: "mission_ops" },
    { label: "ConOps", text: "CONOPS draft", expected: "mission_ops" },
    { label: "thermal vacuum", text: "Thermal vacuum test", expected: "thermal" },
    { label: "EPS any case", text: "eps board", expected: "power" },
    { label: "TT&C", text: "TT&C link budget", expected: "communications" },
    { label: "RF as a whole word", text: "RF chain", expected: "communications" },
    { label: "RF not inside a word", text: "Interface notes", expected: null },
    { label: "camera", text: "Camera focus", expected: "payload" },
    { label: "SUBSYSTEMS order decides", text: "Power for the avionics", expected: "avionics" },
    { label: "nothing", text: "Team lunch", expected: null },
  ])("$label", ({ text, expected }) => {
    expect(matchSubsystem(text)).toBe(expected);
  });
});

describe("mostFrequentSubsystem", () => {
  test.each<{ label: string; body: string; expected: Subsystem | null }>([
    { label: "most hits win", body: "The battery feeds EPS. Solar panels charge the battery. The radio is fine.", expected: "power" },
    { label: "tie → SUBSYSTEMS order", body: "radio and OBC", expected: "avionics" },
    { label: "overlapping synonyms count once", body: "thermal vacuum, thermal vacuum; antenna, radio, RF", expected: "communications" },
    { label: "none", body: "We ordered pizza.", expected: null },
  ])("$label", ({ body, expected }) => {
    expect(mostFrequentSubsystem(body)).toBe(expected);
  });
});

describe("inferSubsystem (properties → ancestors → title → body)", () => {
  type Input = Parameters<typeof inferSubsystem>[0];
  const none: Input = { propertyValues: [], ancestorNames: [], title: "", body: "" };
  test.each<{ label: string; input: Input; expected: Subsystem | null }>([
    {
      label: "property value beats everything",
      input: { propertyValues: ["Thermal"], ancestorNames: ["Power"], title: "Avionics", body: "radio radio" },
      expected: "thermal",
    },
    { label: "multi-value property is split", input: { ...none, propertyValues: ["Urgent, Payload"] }, expected: "payload" },
    {
      label: "ancestors nearest first",
      input: { ...none, propertyValues: ["Urgent"], ancestorNames: ["Comms", "Power"], title: "Avionics" },
      expected: "communications",
    },
    { label: "then the title", input: { ...none, ancestorNames: ["Meetings"], title: "EPS sync" }, expected: "power" },
    { label: "then the body", input: { ...none, title: "Weekly sync", body: "OBC, OBC and a radio" }, expected: "avionics" },
    { label: "nothing anywhere", input: none, expected: null },
  ])("$label", ({ input, expected }) => {
    expect(inferSubsystem(input)).toBe(expected);
  });
});

describe("findProperty", () => {
  test.each<{ label: string; properties: Record<string, string>; names: string[]; expected: string | undefined }>([
    { label: "exact name", properties: { Status: "Done" }, names: ["Status"], expected: "Done" },
    { label: "case-insensitive", properties: { status: "Done" }, names: ["Status"], expected: "Done" },
    { label: "whitespace-tolerant", properties: { " Due  date ": "May 2, 2023" }, names: ["Due date"], expected: "May 2, 2023" },
    { label: "names order wins over object order", properties: { Date: "B", Due: "A" }, names: ["Due", "Date"], expected: "A" },
    { label: "empty value is skipped", properties: { Due: "  ", Deadline: "C" }, names: ["Due", "Deadline"], expected: "C" },
    { label: "value is trimmed", properties: { Owner: " Maya Chen " }, names: ["Owner"], expected: "Maya Chen" },
    { label: "absent", properties: { Title: "X" }, names: ["Status", "State"], expected: undefined },
  ])("$label", ({ properties, names, expected }) => {
    expect(findProperty(properties, names)).toBe(expected);
  });
});

describe("DEFAULT_RULES", () => {
  test("technical keywords include every subsystem id and synonym", () => {
    const technical = DEFAULT_RULES.categories.find((c) => c.category === "documents_technical");
    for (const [id, synonyms] of Object.entries(DEFAULT_RULES.subsystemSynonyms)) {
      expect(technical?.keywords).toEqual(expect.arrayContaining([id, ...synonyms]));
    }
  });

  test("is frozen so callers cannot change each other's defaults", () => {
    expect(Object.isFrozen(DEFAULT_RULES.statusMap.completed)).toBe(true);
  });
});
