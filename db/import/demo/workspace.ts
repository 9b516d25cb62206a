/** Builds the CADENCE workspace tree: every page, database and view, with ids and paths. */
import { renderTechDoc, SUBSYSTEM_OVERVIEW, SUBSYSTEM_SCRATCH_TITLES, TECH_DOCS, UNTITLED_BODIES, WORKFLOW_PAGES } from "./content-docs";
import { MEETING_TEMPLATE_BODY } from "./content-meetings";
import {
  archiveBody, archivePageTitles, HUB_INTROS, READING_LIST, readingBody, ROOT_INTRO, SOCIAL_TITLES, socialBody, TASK_TEMPLATES,
} from "./content-misc";
import { emailOf, PROJECTS, ROSTER, SUBSYSTEMS, type SubKey } from "./content-people";
import { oldTaskTitles } from "./content-tasks";
import {
  csvPathOf, folderOf, mdPathOf, page, rowPathOf, type DatabaseNode, type LinkedViewNode, type PageNode, type RowSpec, type TreeNode,
} from "./model";
import { dayOfYear, formatDate, formatRange, markdownLink, type RelationTarget } from "./notion-format";
import { makeId, rngFor } from "./prng";
import { MeetingRows, MEETING_COLUMNS, MEETING_VIEW_COLUMNS } from "./rows-meetings";
import { COMPLETED_STATUSES, TaskRows, TASK_COLUMNS, TASK_VIEW_COLUMNS } from "./rows-tasks";

export interface Workspace {
  root: PageNode;
  tasks: TaskRows;
  meetings: MeetingRows;
}

/** Extra Tasks and Meeting Notes rows for a larger export: half each, tasks take the odd one. */
export function splitExtra(extra: number): { tasks: number; meetings: number } {
  return { tasks: Math.ceil(extra / 2), meetings: Math.floor(extra / 2) };
}

function isoToDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return formatDate({ y: y!, m: m!, d: d! });
}

/** A body linking `targets` (pages as `.md`, databases as `.csv`) from `from`'s folder. */
function linkList(from: PageNode, targets: readonly TreeNode[]): string {
  return targets
    .map((t) => markdownLink(t.title, from.dir, t.kind === "page" ? mdPathOf(t) : csvPathOf(t)))
    .map((link) => `- ${link}`)
    .join("\n");
}

function simpleDatabase(
  id: string,
  title: string,
  dir: string,
  columns: readonly string[],
  rows: readonly Omit<RowSpec, "id">[],
  rowId: (i: number) => string,
): DatabaseNode {
  return {
    kind: "database", id, title, dir, columns, viewColumns: columns, inView: () => true,
    rowCount: rows.length, row: (i) => ({ ...rows[i]!, id: rowId(i) }), templates: [],
  };
}

export function buildWorkspace(extraPages: number): Workspace {
  const extra = splitExtra(extraPages);
  const root = page(makeId(1, 0), "CADENCE", "", () => "");
  const rootDir = folderOf(root);

  // Team Directory
  const team = simpleDatabase(makeId(2, 0), "Team Directory", rootDir, ["Name", "Role", "Subsystem", "Email"],
    ROSTER.map((p) => ({ title: p.name, cells: [p.role, p.subsystemLabel, emailOf(p)], body: () => p.bio })), (i) => makeId(3, i));

  // Program Management ⊃ Projects (+ a linked view)
  const pm = page(makeId(1, 1), "Program Management", rootDir, () => "");
  const pmDir = folderOf(pm);
  const projects = simpleDatabase(makeId(2, 1), "Projects", pmDir, ["Name", "Status", "Owner", "Subsystem", "Timeline"],
    PROJECTS.map((p) => ({
      title: p.title,
      cells: [p.status, p.owner, p.sub ? SUBSYSTEMS.find((s) => s.key === p.sub)!.labels[0]! : "", formatRange(isoToDate(p.timeline[0]), isoToDate(p.timeline[1]))],
      body: () => [...p.paragraphs, `Questions go to @${p.owner}.`].join("\n\n"),
    })), (i) => makeId(4, i));
  projects.viewColumns = ["Name", "Status", "Owner", "Timeline"];
  const activeView: LinkedViewNode = {
    kind: "view", id: makeId(2, 2), title: "Active projects", dir: pmDir, source: projects,
    columns: ["Name", "Owner", "Status", "Subsystem", "Timeline"],
    inView: (row) => row.cells[0] === "Active" || row.cells[0] === "In progress",
  };
  pm.children.push(projects, activeView);
  pm.body = () => `${HUB_INTROS.programManagement}\n\n${linkList(pm, [projects, activeView])}`;

  const projectTargets = new Map<SubKey | null, RelationTarget[]>();
  PROJECTS.forEach((p, i) => {
    const row = projects.row(i);
    const list = projectTargets.get(p.sub) ?? [];
    list.push({ title: row.title, path: rowPathOf(projects, row) });
    projectTargets.set(p.sub, list);
  });

  // Tasks and Meeting Notes
  const taskRows = new TaskRows(extra.tasks, projectTargets);
  const tasks: DatabaseNode = {
    kind: "database", id: makeId(2, 3), title: "Tasks", dir: rootDir, columns: TASK_COLUMNS, viewColumns: TASK_VIEW_COLUMNS,
    inView: (row) => !COMPLETED_STATUSES.includes(row.cells[0] as string),
    rowCount: taskRows.rowCount, row: (i) => taskRows.row(i), templates: [],
  };
  const tasksFolder = folderOf(tasks);
  tasks.templates = TASK_TEMPLATES.map((t, i) => page(makeId(6, i), t.title, tasksFolder, () => t.body, t.properties));

  const meetingRows = new MeetingRows(extra.meetings, projectTargets);
  const meetings: DatabaseNode = {
    kind: "database", id: makeId(2, 4), title: "Meeting Notes", dir: rootDir, columns: MEETING_COLUMNS, viewColumns: MEETING_VIEW_COLUMNS,
    inView: () => true, rowCount: meetingRows.rowCount, row: (i) => meetingRows.row(i), templates: [],
  };
  meetings.templates = [page(makeId(8, 0), "Meeting template", folderOf(meetings), () => MEETING_TEMPLATE_BODY, [["Type", "Subsystem sync"]])];

  const engineering = buildEngineering(rootDir);
  const workflows = page(makeId(1, 3), "Workflows", rootDir, () => "");
  workflows.children = WORKFLOW_PAGES.map((w, i) => page(makeId(11, i), w.title, folderOf(workflows), () => w.body));
  workflows.body = () => `${HUB_INTROS.workflows}\n\n${linkList(workflows, workflows.children)}`;

  const social = buildSocial(rootDir);
  const archive = buildArchive(rootDir);

  root.children = [team, tasks, meetings, pm, engineering, workflows, social, archive];
  root.body = () =>
    [
      ROOT_INTRO,
      "## Sections",
      linkList(root, [pm, engineering, workflows, social, archive]),
      "## Databases",
      ...[team, tasks, meetings].map((db) => markdownLink(db.title, root.dir, csvPathOf(db))),
    ].join("\n\n");
  return { root, tasks: taskRows, meetings: meetingRows };
}

function buildEngineering(rootDir: string): PageNode {
  const engineering = page(makeId(1, 2), "Engineering", rootDir, () => "");
  const engDir = folderOf(engineering);
  const rng = rngFor("engineering");
  const untitledPerSub = [2, 1, 2, 1, 2, 1, 1];
  const duplicatesPerSub = [1, 2, 1, 2, 1, 2, 1];
  let childIndex = 0;
  let untitledIndex = 0;
  SUBSYSTEMS.forEach((s, si) => {
    const subPage = page(makeId(9, si), s.page, engDir, () => "");
    const dir = folderOf(subPage);
    const docs = TECH_DOCS.filter((d) => d.sub === s.key);
    const docPages = docs.map((doc) => {
      const first = rng.between(20, 200);
      const dates = [formatDate(dayOfYear(2025, first)), formatDate(dayOfYear(2025, first + rng.between(20, 120)))] as const;
      const body = renderTechDoc(doc, s.page, dates);
      return page(makeId(10, childIndex++), doc.title, dir, () => body);
    });
    const duplicates = rng.sample(docPages, duplicatesPerSub[si]!).map((p) => page(makeId(10, childIndex++), p.title, dir, p.body));
    const untitled = Array.from({ length: untitledPerSub[si]! }, () => {
      const body = UNTITLED_BODIES[untitledIndex++]!;
      return page(makeId(10, childIndex++), "Untitled", dir, () => body);
    });
    const scratch = SUBSYSTEM_SCRATCH_TITLES.map((t) => page(makeId(10, childIndex++), t, dir, () => ""));
    subPage.children = [...docPages, ...duplicates, ...untitled, ...scratch];
    const overview = SUBSYSTEM_OVERVIEW[s.key];
    subPage.body = () => `${overview.text}\n\nSubsystem lead: @${overview.lead}.\n\n## Pages\n\n${linkList(subPage, subPage.children)}`;
    engineering.children.push(subPage);
  });
  engineering.body = () => `${HUB_INTROS.engineering}\n\n${linkList(engineering, engineering.children)}`;
  return engineering;
}

function buildSocial(rootDir: string): PageNode {
  const social = page(makeId(1, 5), "Social", rootDir, () => "");
  const dir = folderOf(social);
  const pages = SOCIAL_TITLES.map((t, i) => page(makeId(14, i), t, dir, () => socialBody(i)));
  const reading = simpleDatabase(makeId(2, 6), "Reading List", dir, ["Name", "Author", "Read"],
    READING_LIST.map(([title, author], i) => ({ title, cells: [author, i % 3 === 0 ? "No" : "Yes"], body: () => readingBody(i) })), (i) => makeId(15, i));
  social.children = [...pages, reading];
  social.body = () => `${HUB_INTROS.social}\n\n${linkList(social, pages)}\n\n${markdownLink(reading.title, social.dir, csvPathOf(reading))}`;
  return social;
}

function buildArchive(rootDir: string): PageNode {
  const archive = page(makeId(1, 4), "Archive", rootDir, () => "");
  const dir = folderOf(archive);
  const rng = rngFor("archive");
  const oldTasks = simpleDatabase(makeId(2, 5, "v4"), "Old Tasks", dir, ["Name", "Status", "Assignee", "Due"],
    oldTaskTitles().map((title) => {
      const status = rng.weighted([["Done", 70], ["Dropped", 20], ["Not started", 10]] as const);
      const due = formatDate(dayOfYear(2024, rng.between(0, 365)));
      const note = rng.pick(["Done in the concept phase.", "Superseded by the 2025 plan.", "Notes are in the old shared drive.", ""]);
      return { title, cells: [status, rng.pick(ROSTER).name, due], body: () => note };
    }), (i) => makeId(13, i, "v4"));
  const pages = archivePageTitles().map((t, i) => page(makeId(12, i, "v4"), t, dir, () => archiveBody(t, i)));
  archive.children = [oldTasks, ...pages];
  archive.body = () => `${HUB_INTROS.archive}\n\n${markdownLink(oldTasks.title, archive.dir, csvPathOf(oldTasks))}\n\n${linkList(archive, pages)}`;
  return archive;
}
