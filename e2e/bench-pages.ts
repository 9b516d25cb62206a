import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

/**
 * Server-side render times of the explorer, timeline and learning pages, from the production build,
 * against the database in DATABASE_URL (meant: the local PostgreSQL after `npm run db:seed` and
 * `npm run db:seed:scale`). Each page is fetched with a signed-in session, sequentially, and
 * timed to its last byte; the median and p95 are printed beside the 150 ms budget.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/basecamp_bench npm run bench:pages
 */
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    port: { type: "string", default: "3300" },
    budget: { type: "string", default: "150" },
    only: { type: "string" },
  },
});
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const PORT = Number(values.port);
const BUDGET_MS = Number(values.budget);
const BASE = `http://127.0.0.1:${PORT}`;

interface Route {
  label: string;
  as: "admin" | "student" | "faculty";
  /** A URL, or how to find one on another page (e.g. the second page of a cursor-paged list). */
  url: string | { from: string; linkContaining: string };
}

const ROUTES: Route[] = [
  { label: "explorer overview", as: "faculty", url: "/cadence" },
  { label: "people table", as: "student", url: "/cadence/people" },
  { label: "projects table, by subsystem", as: "student", url: "/cadence/projects?subsystem=power" },
  { label: "tasks table", as: "student", url: "/cadence/tasks" },
  { label: "tasks, status + subsystem, by due date", as: "student", url: "/cadence/tasks?status=done&subsystem=power&sort=dueDate&dir=desc" },
  { label: "tasks, page 200", as: "student", url: "/cadence/tasks?page=200" },
  { label: "tasks, title filter 'battery'", as: "student", url: "/cadence/tasks?q=battery" },
  { label: "meetings table, by date", as: "student", url: "/cadence/meetings?sort=meetingDate&dir=desc" },
  { label: "documents table", as: "student", url: "/cadence/documents" },
  { label: "search 'antenna'", as: "student", url: "/cadence/search?q=antenna" },
  { label: "search 'thermal vacuum test'", as: "student", url: "/cadence/search?q=thermal+vacuum+test" },
  { label: "search, tasks only, page 3", as: "student", url: "/cadence/search?q=battery&type=tasks&page=3" },
  { label: "task detail", as: "student", url: "/cadence/tasks/1" },
  { label: "person detail", as: "student", url: "/cadence/people/1" },
  { label: "timeline", as: "admin", url: "/agent-log" },
  { label: "timeline, failed only", as: "admin", url: "/agent-log?status=failed" },
  { label: "timeline, agent + subsystem", as: "admin", url: "/agent-log?agent=competency-engine&subsystem=power" },
  { label: "timeline, metadata batch=7", as: "admin", url: "/agent-log?meta=batch%3D7" },
  { label: "timeline, older page", as: "admin", url: { from: "/agent-log", linkContaining: "cursor=" } },
  { label: "timeline as a student", as: "student", url: "/agent-log" },
  { label: "sync runs", as: "admin", url: "/agent-log/runs" },
  { label: "my progress (/me)", as: "student", url: "/me" },
  { label: "a student's progress, as faculty", as: "faculty", url: "/students/nit-26f-01" },
  { label: "a scale student (~100 attempts), as admin", as: "admin", url: "/students/scale-00001" },
  { label: "module catalogue", as: "student", url: "/modules" },
  { label: "a module", as: "student", url: "/modules/av-obc-architecture" },
  { label: "learning path (/paths), as a student", as: "student", url: "/paths" },
  { label: "cohort review (a scale-sized team)", as: "faculty", url: "/cohorts" },
  { label: "module editor", as: "faculty", url: "/modules/av-obc-architecture/edit" },
  { label: "module history", as: "faculty", url: "/modules/av-obc-architecture/history" },
  { label: "modules from documents", as: "admin", url: "/admin/modules" },
  { label: "ghosts (/admin/races)", as: "admin", url: "/admin/races" },
  { label: "races index", as: "student", url: "/races" },
  { label: "races index, a cohort's pace (faculty)", as: "faculty", url: "/races" },
  { label: "a race + leaderboard (cached)", as: "student", url: "/races/av-obc-architecture" },
  { label: "leaderboard, one university", as: "student", url: "/races/av-obc-architecture?university=2" },
  { label: "leaderboard, this week", as: "student", url: "/races/av-obc-architecture?window=week" },
  { label: "leaderboard, semester + bracket", as: "student", url: "/races/av-obc-architecture?window=semester&level=competency" },
  { label: "leaderboard + flagged runs, as faculty", as: "faculty", url: "/races/av-obc-architecture" },
];

const ACCOUNTS = {
  admin: "admin@basecamp.example.edu",
  faculty: "faculty@basecamp.example.edu",
  student: "student@basecamp.example.edu",
} as const;

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.warn("note: DATABASE_URL is not set; measuring the embedded database. The budgets are for PostgreSQL with the scale dataset.");
  }
  if (!existsSync(".next/BUILD_ID")) {
    console.log("No production build found; running next build…");
    const build = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
      AUTH_TRUST_HOST: "true",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer();
    const sessions = {
      admin: await signIn(ACCOUNTS.admin),
      faculty: await signIn(ACCOUNTS.faculty),
      student: await signIn(ACCOUNTS.student),
    };
    const routes = values.only ? ROUTES.filter((r) => r.label.includes(values.only!)) : ROUTES;
    console.log(`\n${RUNS} runs per page after ${WARMUP} warm-up runs, sequential; budget ${BUDGET_MS} ms (median)\n`);
    console.log(`${"page".padEnd(42)} ${"median".padStart(8)} ${"p95".padStart(8)}  status`);
    let over = 0;
    for (const route of routes) {
      const cookie = sessions[route.as];
      const url = typeof route.url === "string" ? route.url : await findLink(route.url.from, route.url.linkContaining, cookie);
      const times: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const started = performance.now();
        const response = await fetch(BASE + url, { headers: { cookie }, redirect: "manual" });
        await response.text();
        const elapsed = performance.now() - started;
        if (response.status !== 200) throw new Error(`${url} answered ${response.status} for ${route.as}`);
        if (i >= WARMUP) times.push(elapsed);
      }
      times.sort((a, b) => a - b);
      const median = quantile(times, 0.5);
      const p95 = quantile(times, 0.95);
      if (median > BUDGET_MS) over++;
      console.log(`${route.label.padEnd(42)} ${fmt(median)} ${fmt(p95)}  ${median <= BUDGET_MS ? "ok" : "OVER BUDGET"}   ${url}`);
    }
    console.log(over === 0 ? "\nEvery page is within budget." : `\n${over} page(s) over budget.`);
  } finally {
    server.kill("SIGTERM");
  }
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function fmt(ms: number): string {
  return `${ms.toFixed(1)} ms`.padStart(8);
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${BASE}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not start within 60 s");
}

/** Signs in through Auth.js's credentials callback, as the sign-in form does, and returns the cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      jar.set(name!.trim(), rest.join("="));
    }
  };
  keep(csrf);
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ email, password: process.env.BENCH_PASSWORD ?? "basecamp-demo", csrfToken, callbackUrl: BASE }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`could not sign in as ${email} (status ${response.status}); is the demo data seeded (npm run db:seed)?`);
  }
  return header();
}

async function findLink(from: string, containing: string, cookie: string): Promise<string> {
  const html = await (await fetch(BASE + from, { headers: { cookie } })).text();
  for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
    const url = href!.replaceAll("&amp;", "&");
    if (url.startsWith("/") && url.includes(containing)) return url;
  }
  throw new Error(`no link containing "${containing}" on ${from}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
