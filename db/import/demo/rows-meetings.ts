/** Rows of the "Meeting Notes" database: 440 distinct meetings, 15 exact duplicates, extras. */
import { ADVISOR, ANONYMOUS, membersOf, ROSTER, SUBSYSTEMS, type SubKey } from "./content-people";
import { MEETING_POOLS, programMeetings, UNDATED_MEETINGS } from "./content-meetings";
import type { Cell, RowSpec } from "./model";
import { addDays, formatDate, formatDateTime, isoWeekMonday, type Day } from "./notion-format";
import { makeId, rngFor, type Rng } from "./prng";
import { dateMention, mentionablePerson, type ProjectTargets } from "./rows-tasks";

export const MEETING_COLUMNS = ["Name", "Date", "Attendees", "Project", "Type"] as const;
export const MEETING_VIEW_COLUMNS = ["Name", "Date", "Type"] as const;
export const BASE_MEETINGS = 440;
export const MEETING_DUPLICATES = 15;

interface MeetingPlan {
  title: string;
  sub: SubKey | null;
  type: string;
  /** ISO week of 2025 for the Date property; null = no Date property. */
  week: number | null;
  /** The meeting has no date anywhere (no Date, none in the title, no date mentions). */
  undated: boolean;
  advisor: boolean;
  /** The day named in the title, for meetings dated only there. */
  titleDay?: Day;
}

type Flag = "advisor" | "variant" | "anonymous";

export class MeetingRows {
  readonly rowCount: number;
  private readonly base: MeetingPlan[];
  private readonly spare: MeetingPlan[];
  private readonly flags = new Map<number, Set<Flag>>();
  private readonly duplicateOf: number[];

  constructor(
    private readonly extra: number,
    private readonly projects: ProjectTargets,
  ) {
    this.rowCount = BASE_MEETINGS + MEETING_DUPLICATES + extra;
    const rng = rngFor("meetings:plan");

    const recurring: MeetingPlan[] = [];
    for (const s of SUBSYSTEMS) {
      for (let w = 1; w <= 48; w++) {
        recurring.push({ title: `${s.meetingLabel} sync — week ${w}`, sub: s.key, type: "Subsystem sync", week: w, undated: false, advisor: false });
      }
      for (let n = 1; n <= 12; n++) {
        const label = s.meetingLabel.replace(/ subsystem$/, "");
        recurring.push({ title: `${label} standup #${n}`, sub: s.key, type: "Standup", week: 4 * n - rng.int(3), undated: false, advisor: false });
      }
    }
    const shuffled = rng.shuffle(recurring);
    const program: MeetingPlan[] = programMeetings().map((m) => ({ ...m, sub: null, undated: false }));
    const titledDays = rng.sample(Array.from({ length: 300 }, (_, i) => i + 20), 10).map((n) => addDays({ y: 2025, m: 1, d: 1 }, n));
    const titled: MeetingPlan[] = titledDays.map((day, i) => {
      const s = SUBSYSTEMS[i % SUBSYSTEMS.length]!;
      return { title: `${s.meetingLabel} sync — ${formatDate(day)}`, sub: s.key, type: "Subsystem sync", week: null, undated: false, advisor: false, titleDay: day };
    });
    const undated: MeetingPlan[] = UNDATED_MEETINGS.map(([title, sub]) => ({ title, sub, type: "Working session", week: null, undated: true, advisor: false }));
    const fromRecurring = BASE_MEETINGS - program.length - titled.length - undated.length;
    this.base = rng.shuffle([...program, ...titled, ...undated, ...shuffled.slice(0, fromRecurring)]);
    this.spare = shuffled.slice(fromRecurring);

    // Exactly 40 base meetings with the advisor, 10 with a roster name typed oddly, 5 with Anonymous.
    const advisorFixed = this.base.flatMap((m, i) => (m.advisor ? [i] : []));
    const others = this.base.flatMap((m, i) => (!m.advisor && !m.undated ? [i] : []));
    const chosen = rng.sample(others, 40 - advisorFixed.length + 10 + 5);
    const add = (i: number, flag: Flag) => this.flags.set(i, new Set([...(this.flags.get(i) ?? []), flag]));
    [...advisorFixed, ...chosen.slice(0, 40 - advisorFixed.length)].forEach((i) => add(i, "advisor"));
    chosen.slice(40 - advisorFixed.length, 50 - advisorFixed.length).forEach((i) => add(i, "variant"));
    chosen.slice(50 - advisorFixed.length).forEach((i) => add(i, "anonymous"));
    this.duplicateOf = rng.sample(Array.from({ length: BASE_MEETINGS }, (_, i) => i), MEETING_DUPLICATES).sort((a, b) => a - b);
  }

  distinctIndexOf(index: number): number {
    if (index < BASE_MEETINGS) return index;
    if (index < BASE_MEETINGS + MEETING_DUPLICATES) return this.duplicateOf[index - BASE_MEETINGS]!;
    return index - MEETING_DUPLICATES;
  }

  isDuplicate(index: number): boolean {
    return index >= BASE_MEETINGS && index < BASE_MEETINGS + MEETING_DUPLICATES;
  }

  row(index: number): RowSpec {
    return { ...this.distinct(this.distinctIndexOf(index)), id: makeId(7, index) };
  }

  private plan(d: number, rng: Rng): { plan: MeetingPlan; flags: ReadonlySet<Flag> } {
    if (d < BASE_MEETINGS) return { plan: this.base[d]!, flags: this.flags.get(d) ?? new Set() };
    const k = d - BASE_MEETINGS;
    const spare = this.spare[k % this.spare.length]!;
    const round = Math.floor(k / this.spare.length);
    const plan = round === 0 ? spare : { ...spare, title: `${spare.title} (follow-up ${round + 1})`, week: rng.between(1, 52) };
    const flags = new Set<Flag>();
    if (rng.chance(0.09)) flags.add("advisor");
    if (rng.chance(0.02)) flags.add("variant");
    if (rng.chance(0.011)) flags.add("anonymous");
    return { plan, flags };
  }

  private distinct(d: number): Omit<RowSpec, "id"> {
    const rng = rngFor("meeting", d);
    const { plan, flags } = this.plan(d, rng);

    let date = "";
    let day: Day | undefined = plan.titleDay;
    if (plan.week !== null) {
      day = addDays(isoWeekMonday(2025, Math.max(1, plan.week)), rng.int(5));
      date = rng.chance(0.75) ? formatDateTime(day, rng.between(9, 18), rng.pick([0, 0, 30, 15])) : formatDate(day);
    }

    const members = plan.sub ? membersOf(plan.sub) : [];
    const size = rng.between(2, 6) - (flags.has("advisor") ? 1 : 0) - (flags.has("anonymous") ? 1 : 0);
    const pool = rng.shuffle(ROSTER);
    const people = [...rng.shuffle(members), ...pool.filter((p) => !members.includes(p))].slice(0, Math.max(1, size));
    const attendees = people.map((p) => p.name);
    const written = [...attendees];
    if (flags.has("variant")) {
      const i = rng.int(written.length);
      const name = written[i]!;
      written[i] = rng.pick([name.toLowerCase().replace(" ", "  "), name.replace(" ", "  "), name.toLowerCase()]);
    }
    if (flags.has("advisor")) written.push(ADVISOR);
    if (flags.has("anonymous")) written.splice(rng.int(written.length + 1), 0, ANONYMOUS);

    let project: Cell = "";
    if (rng.chance(0.6)) project = [rng.pick(this.projects.get(plan.sub) ?? this.projects.get(null)!)];

    const bodySeed = rng.int(2 ** 31);
    const mentioned = flags.has("advisor") ? [...attendees, ADVISOR] : attendees;
    const body = () => meetingBody(rngFor("meeting-body", bodySeed ^ d), plan, mentioned, day);
    return { title: plan.title, cells: [date, written.join(", "), project, plan.type], body };
  }
}

function meetingBody(rng: Rng, plan: MeetingPlan, attendees: readonly string[], day: Day | undefined): string {
  const pool = MEETING_POOLS[plan.sub ?? "program"];
  const who = () => `@${rng.pick(attendees)}`;
  const notes = rng.sample(pool.notes, rng.between(2, 4)).map((n) => `- ${n}`);
  const k = rng.int(notes.length);
  notes[k] = `${notes[k]} (${who()})`;
  if (rng.chance(0.15)) notes.push(`- ${rng.pick(["Guest comment", "Advice"])} from @${mentionablePerson(rng, plan.sub)}: keep the margins visible on the first slide`);
  const actions = rng.sample(pool.actions, rng.between(1, 3)).map((a) => {
    const due = !plan.undated && rng.chance(0.12) ? ` by ${dateMention(rng, day)}` : "";
    return `- [${rng.chance(0.35) ? "x" : " "}]  ${who()} to ${a}${due}`;
  });
  return [
    "## Agenda",
    rng.sample(pool.agenda, rng.between(2, 4)).map((a) => `- ${a}`).join("\n"),
    "## Notes",
    notes.join("\n"),
    "## Decisions",
    rng.sample(pool.decisions, rng.between(1, 2)).map((x) => `- ${x}`).join("\n"),
    "## Action items",
    actions.join("\n"),
  ].join("\n\n");
}
