import type { faculty, students, teams, universities } from "../schema";
import { DEMO_FACULTY, DEMO_SEMESTERS, DEMO_UNIVERSITIES, FIRST_NAMES, LAST_NAMES, TEAM_FOCUS } from "./roster";
import type { SeededRandom } from "./random";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export const STUDENTS_PER_TEAM = 10;

export interface DemoPeople {
  universities: Insert<typeof universities>[];
  teams: Insert<typeof teams>[];
  students: Insert<typeof students>[];
  faculty: Insert<typeof faculty>[];
}

/** Fixed creation time for rows the seed makes, so two seeds produce identical rows. */
export const SEEDED_AT = new Date("2026-01-05T09:00:00Z");

export function buildPeople(random: SeededRandom): DemoPeople {
  const universityRows = DEMO_UNIVERSITIES.map((u) => ({
    id: u.id,
    name: u.name,
    shortName: u.shortName,
    country: u.country,
    createdAt: SEEDED_AT,
  }));

  const teamRows: Insert<typeof teams>[] = [];
  const studentRows: Insert<typeof students>[] = [];
  let person = 0;
  DEMO_SEMESTERS.forEach((semester, s) => {
    DEMO_UNIVERSITIES.forEach((university, u) => {
      const teamId = s * DEMO_UNIVERSITIES.length + u + 1;
      teamRows.push({
        id: teamId,
        universityId: university.id,
        name: `${university.mission} ${s === 0 ? "I" : "II"}`,
        semester: semester.name,
        subsystemFocus: TEAM_FOCUS[teamId - 1] ?? null,
        createdAt: new Date(`${semester.start}T09:00:00Z`),
      });
      const code = `${semester.name.slice(-2)}${semester.name.startsWith("Spring") ? "s" : "f"}`;
      for (let n = 1; n <= STUDENTS_PER_TEAM; n++, person++) {
        const first = FIRST_NAMES[person % FIRST_NAMES.length]!;
        const last = LAST_NAMES[(person * 7) % LAST_NAMES.length]!;
        studentRows.push({
          id: `${university.shortName.toLowerCase()}-${code}-${String(n).padStart(2, "0")}`,
          name: `${first} ${last}`,
          email: `${ascii(first)}.${ascii(last)}@${university.domain}`,
          teamId,
          universityId: university.id,
          semester: semester.name,
          publicLeaderboard: random.chance(0.35),
          createdAt: new Date(`${semester.start}T09:00:00Z`),
          updatedAt: new Date(`${semester.start}T09:00:00Z`),
        });
      }
    });
  });

  const facultyRows = DEMO_FACULTY.map((f) => {
    const university = DEMO_UNIVERSITIES.find((u) => u.id === f.universityId)!;
    const surname = f.name.split(" ").at(-1)!;
    return {
      id: f.id,
      universityId: f.universityId,
      name: f.name,
      title: f.title,
      email: `${ascii(surname)}@${university.domain}`,
      createdAt: SEEDED_AT,
    };
  });

  return { universities: universityRows, teams: teamRows, students: studentRows, faculty: facultyRows };
}

/** Lower-case ASCII for e-mail local parts: "Tomás" → "tomas". */
function ascii(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
}
