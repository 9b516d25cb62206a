import Link from "next/link";
import type { CatalogueModule } from "@/db/queries/modules";
import { difficultyText, linkClass, minutesText, scoreText, STATUS_LABELS, subsystemLabel } from "./labels";

/** "Mastered · best 85", "In progress · 50 %", "Not started"; null for staff (no personal status). */
export function statusText(module: Pick<CatalogueModule, "status" | "bestMastery" | "percentComplete">): string | null {
  if (!module.status) return null;
  const label = STATUS_LABELS[module.status];
  if ((module.status === "mastered" || module.status === "completed") && module.bestMastery !== null) return `${label} · best ${scoreText(module.bestMastery)}`;
  if (module.status === "in_progress" && module.percentComplete) return `${label} · ${module.percentComplete} %`;
  return label;
}

const STATUS_STYLES: Record<string, string> = {
  not_started: "border-line bg-canvas text-muted",
  in_progress: "border-blue-200 bg-blue-50 text-brand-strong",
  completed: "border-amber-200 bg-amber-50 text-warn",
  mastered: "border-green-200 bg-green-50 text-ok",
};

export function StatusBadge({ module }: { module: Pick<CatalogueModule, "status" | "bestMastery" | "percentComplete"> }) {
  const text = statusText(module);
  if (!text || !module.status) return null;
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${STATUS_STYLES[module.status]}`}>{text}</span>;
}

/** "Locked — master Data buses first", each missing prerequisite linked. */
export function LockNotice({ missing }: { missing: CatalogueModule["missingPrerequisites"] }) {
  return (
    <p className="text-sm">
      <span aria-hidden="true">🔒 </span>
      <span className="font-semibold">Locked</span> — master{" "}
      {missing.map((m, i) => (
        <span key={m.slug}>
          {i > 0 ? (i === missing.length - 1 ? " and " : ", ") : null}
          <Link href={`/modules/${m.slug}`} className={linkClass}>
            {m.title}
          </Link>
        </span>
      ))}{" "}
      first
    </p>
  );
}

/** One module in the catalogue or the next-up list. */
export function ModuleCard({ module, headingLevel = 3, showSubsystem = false }: { module: CatalogueModule; headingLevel?: 3 | 4; showSubsystem?: boolean }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className={`flex h-full flex-col gap-2 rounded-lg border bg-white p-4 shadow-sm ${module.locked ? "border-dashed border-line" : "border-line"}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className="font-semibold">
          <Link href={`/modules/${module.slug}`} className="text-brand underline-offset-2 hover:underline">
            {module.title}
          </Link>
        </Heading>
        <StatusBadge module={module} />
      </div>
      {module.summary ? <p className="text-sm text-muted">{module.summary}</p> : null}
      <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {showSubsystem ? (
          <div className="flex gap-1">
            <dt className="text-muted">Subsystem:</dt>
            <dd>{subsystemLabel(module.subsystem)}</dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt className="text-muted">Difficulty:</dt>
          <dd>{difficultyText(module.difficulty, module.calibration?.sampleSize)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">Time:</dt>
          <dd>{minutesText(module.estimatedMinutes)}</dd>
        </div>
      </dl>
      {module.locked ? <LockNotice missing={module.missingPrerequisites} /> : null}
    </article>
  );
}
