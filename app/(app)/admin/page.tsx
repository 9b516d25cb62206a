import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/app/lib/session";

export const metadata: Metadata = { title: "Admin" };

const TOOLS = [
  {
    href: "/admin/imports",
    label: "Notion imports",
    description: "Upload a Notion export of the CADENCE workspace, preview what changes, import it and read the run history.",
  },
  {
    href: "/admin/modules",
    label: "Modules from CADENCE documents",
    description: "Draft learning modules from the kept technical documents, keep unedited drafts in step with them, and see where each one stands.",
  },
  {
    href: "/admin/races",
    label: "Races and ghosts",
    description: "Build ghost cohorts from earlier semesters and the CADENCE team's pace, see what was dropped and why, and each module's medal targets.",
  },
  {
    href: "/admin/users",
    label: "Users",
    description: "Create accounts, change roles, link students and faculty, disable accounts and issue password reset links.",
  },
  {
    href: "/admin/tokens",
    label: "Agent tokens",
    description: "Issue and revoke the bearer tokens external agents use to write to the agent log, with the API's usage notes.",
  },
] as const;

export default async function AdminPage() {
  await requireRole("admin");
  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Admin</h1>
        <p className="text-lg text-muted">Tools for the people who keep Ascent Basecamp&apos;s data up to date.</p>
      </section>
      <section aria-labelledby="tools-heading" className="space-y-4">
        <h2 id="tools-heading" className="text-xl font-semibold">
          Tools
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {TOOLS.map((tool) => (
            <li key={tool.href} className="relative rounded-lg border border-line bg-white p-4 shadow-sm hover:border-brand">
              <Link href={tool.href} className="font-semibold text-brand underline-offset-4 after:absolute after:inset-0 hover:underline">
                {tool.label}
              </Link>
              <p className="mt-1 text-sm text-muted">{tool.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
