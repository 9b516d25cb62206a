import type { SandboxStatus } from "@/app/lib/domain/vocabulary";
import { Markdown } from "@/components/markdown/markdown";
import { plural, subsystemLabel } from "@/components/modules/labels";
import type { AttachedEnvironment, ModuleSandboxes, SandboxInstance } from "@/db/modules/sandboxes";
import { SandboxAnnouncer } from "./announcer";
import { dateTimeText, describeEnvironmentConfig, ENVIRONMENT_STATUS_LABELS, KIND_PURPOSES, SANDBOX_STATUS_LABELS } from "./environment-config";
import { SandboxControls } from "./sandbox-controls";
import { AttachEnvironmentForm, DetachEnvironmentForm } from "./staff-forms";

const HEADING_ID = "sandboxes-heading";
/** A sandbox in these states can be stopped; a stopped or failed one can be opened again. */
const ACTIVE: readonly SandboxStatus[] = ["provisioning", "ready", "running"];

/**
 * The module page's Sandboxes section: the simulation environments attached to the module,
 * what each is for and the author's instructions; for a student their own sandbox with Open
 * and Stop, for staff how many students use each, Detach, and Attach.
 */
export function ModuleSandboxesSection({ data }: { data: ModuleSandboxes }) {
  return (
    <section aria-labelledby={HEADING_ID} className="space-y-4">
      <div className="space-y-1">
        <h2 id={HEADING_ID} tabIndex={-1} className="text-xl font-semibold">
          Sandboxes
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          {data.staff
            ? `Simulation environments students open from this module, each a sandbox of their own. Counts are of students ${data.usageScope === "all" ? "in every university" : "at your university"}.`
            : "Simulation environments to try out what this module teaches. Your sandbox is kept for you: stop it when you are done and open it again later."}
        </p>
      </div>
      <SandboxAnnouncer headingId={HEADING_ID}>
        {data.openRefusal ? <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">{data.openRefusal}</p> : null}
        {data.environments.length === 0 ? (
          <p className="text-muted">No simulation environment is attached to this module yet.</p>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {data.environments.map((environment) => (
              <li key={environment.environmentId} className="min-w-0">
                <EnvironmentCard data={data} environment={environment} />
              </li>
            ))}
          </ul>
        )}
        {data.staff ? (
          <AttachEnvironmentForm
            slug={data.slug}
            options={data.attachable.map((e) => ({ environmentId: e.environmentId, label: e.kind ? `${e.name} (${e.kind})` : e.name }))}
          />
        ) : null}
      </SandboxAnnouncer>
    </section>
  );
}

function EnvironmentCard({ data, environment }: { data: ModuleSandboxes; environment: AttachedEnvironment }) {
  const headingId = `sandbox-${environment.environmentId}-heading`;
  const details = describeEnvironmentConfig(environment.config);
  const instance = environment.instance;
  const active = instance !== null && ACTIVE.includes(instance.status);
  return (
    <article aria-labelledby={headingId} className="h-full space-y-3 rounded-lg border border-line bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">
            {environment.kind ?? "Simulation"}
            {environment.subsystem ? ` · ${subsystemLabel(environment.subsystem)}` : null}
          </p>
          <h3 id={headingId} className="text-lg font-semibold">
            {environment.name}
          </h3>
        </div>
        {environment.available ? null : (
          <span className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm font-medium text-warn">
            Unavailable: {ENVIRONMENT_STATUS_LABELS[environment.status].toLowerCase()}
          </span>
        )}
      </div>
      {environment.kind ? <p>{KIND_PURPOSES[environment.kind]}</p> : null}
      {details.length > 0 ? (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
          {details.map((d) => (
            <div key={d.label} className="contents">
              <dt className="text-muted">{d.label}</dt>
              <dd className="break-words">{d.code ? <code className="rounded bg-canvas px-1">{d.value}</code> : d.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {environment.instructions.trim() ? (
        <div className="space-y-1 border-t border-line pt-3">
          <h4 className="text-sm font-semibold">What to do</h4>
          <Markdown source={environment.instructions} headingLevel={5} />
        </div>
      ) : null}

      {data.staff ? (
        <div className="space-y-2 border-t border-line pt-3">
          <p className="text-sm">{usageText(environment.usage ?? { students: 0, active: 0 }, data.usageScope)}</p>
          <DetachEnvironmentForm slug={data.slug} environmentId={environment.environmentId} headingId={headingId} />
        </div>
      ) : (
        <div className="space-y-3 border-t border-line pt-3">
          {instance ? <InstanceSummary instance={instance} /> : null}
          {!environment.available && !active ? (
            <p className="text-sm text-muted">It cannot be opened while it is {environment.status === "retired" ? "retired" : "in maintenance"}.</p>
          ) : null}
          <SandboxControls
            slug={data.slug}
            environmentId={environment.environmentId}
            headingId={headingId}
            canOpen={data.openRefusal === null && environment.available && !active}
            canStop={active}
            reopen={instance !== null}
          />
        </div>
      )}
    </article>
  );
}

function InstanceSummary({ instance }: { instance: SandboxInstance }) {
  const active = ACTIVE.includes(instance.status);
  return (
    <div className="space-y-1 rounded-md bg-canvas p-3 text-sm">
      <p className="font-medium">
        Your sandbox: <span className={active ? "text-ok" : "text-muted"}>{SANDBOX_STATUS_LABELS[instance.status]}</span>
      </p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {instance.instanceId ? (
          <>
            <dt className="text-muted">Instance</dt>
            <dd>
              <code className="break-all">{instance.instanceId}</code>
            </dd>
          </>
        ) : null}
        {instance.openedAt ? (
          <>
            <dt className="text-muted">Opened</dt>
            <dd>{dateTimeText(instance.openedAt)}</dd>
          </>
        ) : null}
        {instance.stoppedAt ? (
          <>
            <dt className="text-muted">Stopped</dt>
            <dd>{dateTimeText(instance.stoppedAt)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

function usageText(usage: { students: number; active: number }, scope: ModuleSandboxes["usageScope"]): string {
  const where = scope === "all" ? "" : " at your university";
  if (usage.students === 0) return `No student${where} has opened it yet.`;
  return `${plural(usage.students, "student")}${where} ${usage.students === 1 ? "has" : "have"} a sandbox here; ${usage.active} ready or running.`;
}
