import type { Subsystem } from "../../app/lib/domain/vocabulary";

/** The demo's fictional institutions and people. Domains use the reserved `example.edu`. */
export const DEMO_UNIVERSITIES = [
  { id: 1, name: "Northfield Institute of Technology", shortName: "NIT", country: "United States", domain: "northfield.example.edu", mission: "Polaris" },
  { id: 2, name: "Cascadia State University", shortName: "CSU", country: "Canada", domain: "cascadia.example.edu", mission: "Cedar" },
  { id: 3, name: "Lakeshore Polytechnic University", shortName: "LPU", country: "United Kingdom", domain: "lakeshore.example.edu", mission: "Heron" },
] as const;

export const DEMO_SEMESTERS = [
  { name: "Spring 2026", start: "2026-01-12", end: "2026-05-08" },
  { name: "Fall 2026", start: "2026-08-24", end: "2026-11-20" },
] as const;

/** Team focus per university and semester, in DEMO_UNIVERSITIES × DEMO_SEMESTERS order. */
export const TEAM_FOCUS: readonly Subsystem[] = [
  "power",
  "communications",
  "avionics",
  "thermal",
  "structures",
  "payload",
];

export const FIRST_NAMES = [
  "Amara", "Bilal", "Chiara", "Dmitri", "Elif", "Farah", "Gideon", "Hana", "Ibrahim", "Jonas",
  "Keiko", "Luca", "Maya", "Nikhil", "Olga", "Priya", "Quentin", "Rosa", "Sami", "Tomás",
  "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zara", "Aiden", "Beatriz", "Cyrus", "Daria",
  "Emeka", "Freya", "Gustavo", "Hiroshi", "Ines", "Jae", "Kofi", "Leila", "Mateo", "Noor",
  "Oscar", "Pilar", "Rafael", "Sofia", "Tariq", "Ula", "Valentina", "Wei", "Yara", "Zoltan",
  "Anika", "Bruno", "Camille", "Diego", "Esther", "Felix", "Greta", "Hugo", "Isla", "Jasper",
] as const;

export const LAST_NAMES = [
  "Okafor", "Haddad", "Rossi", "Volkov", "Yilmaz", "Rahman", "Levi", "Sato", "Mansour", "Berg",
  "Tanaka", "Moretti", "Chen", "Iyer", "Petrova", "Natarajan", "Dubois", "Alvarez", "Karimi", "Costa",
  "Menon", "Novak", "Liu", "Castillo", "Demir", "Ahmed", "Walsh", "Santos", "Farahani", "Ivanova",
  "Eze", "Lindqvist", "Pereira", "Yamamoto", "Fernandes", "Park", "Mensah", "Nasser", "Garcia", "Siddiqui",
  "Jensen", "Romero", "Oliveira", "Marino", "Aziz", "Kowalski", "Ricci", "Zhang", "Haddadi", "Szabo",
  "Kapoor", "Keller", "Laurent", "Morales", "Cohen", "Schmidt", "Nilsson", "Fischer", "Murray", "Quinn",
] as const;

export const DEMO_FACULTY = [
  { id: 1, universityId: 1, name: "Dr. Helen Achterberg", title: "Associate Professor of Aerospace Engineering" },
  { id: 2, universityId: 1, name: "Dr. Marcus Oyelaran", title: "Professor of Electrical Engineering" },
  { id: 3, universityId: 1, name: "Dr. Saanvi Raman", title: "Lecturer, Space Systems Lab" },
  { id: 4, universityId: 2, name: "Dr. Pierre-Luc Gagnon", title: "Assistant Professor of Mechanical Engineering" },
  { id: 5, universityId: 2, name: "Dr. Naomi Whitehorse", title: "Director, CubeSat Design Program" },
  { id: 6, universityId: 2, name: "Dr. Tobias Brandt", title: "Professor of Computer Engineering" },
  { id: 7, universityId: 3, name: "Dr. Fiona McAllister", title: "Senior Lecturer in Space Engineering" },
  { id: 8, universityId: 3, name: "Dr. Kwame Asante", title: "Reader in Communications Systems" },
] as const;
