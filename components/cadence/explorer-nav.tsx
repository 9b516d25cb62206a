import Link from "next/link";

export type ExplorerSection = "overview" | "search" | "people" | "projects" | "tasks" | "meetings" | "documents";

const SECTIONS: readonly { key: ExplorerSection; label: string; href: string }[] = [
  { key: "overview", label: "Overview", href: "/cadence" },
  { key: "search", label: "Search", href: "/cadence/search" },
  { key: "people", label: "People", href: "/cadence/people" },
  { key: "projects", label: "Projects", href: "/cadence/projects" },
  { key: "tasks", label: "Tasks", href: "/cadence/tasks" },
  { key: "meetings", label: "Meetings", href: "/cadence/meetings" },
  { key: "documents", label: "Documents", href: "/cadence/documents" },
];

/** The explorer's own sub-navigation, shown above every /cadence page. */
export function ExplorerNav({ current }: { current: ExplorerSection }) {
  return (
    <nav aria-label="CADENCE explorer" className="border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {SECTIONS.map((section) => {
          const active = section.key === current;
          return (
            <li key={section.key}>
              <Link
                href={section.href}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-3 py-2 text-sm font-medium ${
                  active ? "border-brand text-brand" : "border-transparent text-muted hover:border-line hover:text-ink"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
