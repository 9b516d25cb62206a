import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import {
  DEFAULT_LIMIT_PER_MINUTE,
  FUTURE_TOLERANCE_MS,
  MAX_BODY_BYTES,
  MAX_METADATA_BYTES,
  MAX_TEXT_LENGTH,
} from "@/app/lib/agent-log/ingest";
import { RUN_STATUSES, SUBSYSTEMS } from "@/app/lib/domain/vocabulary";
import { requireRole } from "@/app/lib/session";
import { listApiTokens, type ApiTokenListItem } from "@/db/queries/api-tokens";
import { NewTokenForm, RevokeTokenForm } from "./token-forms";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Agent tokens" };

// The server cannot know the reader's time zone; UTC, said out loud, is never misread.
const WHEN = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function TokensPage() {
  const viewer = await requireRole("admin");
  const [tokens, origin] = await Promise.all([listApiTokens(viewer), requestOrigin()]);
  const active = tokens.filter((t) => t.revokedAt === null).length;
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm font-medium">
          <Link href="/admin" className="text-brand underline-offset-4 hover:underline">
            <span aria-hidden="true">← </span>Admin
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Agent tokens</h1>
        <p className="text-lg text-muted">
          External agents write to the <Link href="/agent-log" className="text-brand underline underline-offset-4">agent log</Link>{" "}
          with a bearer token. Give each agent a token of its own: every entry records the token that wrote it, and
          revoking one agent&apos;s token stops only that agent.
        </p>
      </section>

      <section aria-labelledby="new-token-heading" className="max-w-3xl space-y-4">
        <h2 id="new-token-heading" className="text-xl font-semibold">
          New token
        </h2>
        <NewTokenForm />
      </section>

      <section aria-labelledby="tokens-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="tokens-heading" className="text-xl font-semibold">
            Tokens
          </h2>
          <p className="text-sm text-muted">
            {active === 1 ? "1 active" : `${active} active`}, {tokens.length - active} revoked. Times in UTC.
          </p>
        </div>
        {tokens.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-4 text-muted">No tokens yet. Create one above.</p>
        ) : (
          <TokensTable tokens={tokens} />
        )}
      </section>

      <Usage origin={origin} />
    </div>
  );
}

function TokensTable({ tokens }: { tokens: ApiTokenListItem[] }) {
  return (
    // Focusable so keyboard users can scroll it sideways on a narrow screen.
    <div role="region" aria-labelledby="tokens-heading" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-line bg-white shadow-sm">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Agent tokens, active first, with a control to revoke each</caption>
        <thead className="border-b border-line bg-canvas text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Name</th>
            <th scope="col" className="px-3 py-2 font-semibold">Token starts with</th>
            <th scope="col" className="px-3 py-2 font-semibold">Created</th>
            <th scope="col" className="px-3 py-2 font-semibold">Last used</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {tokens.map((token) => (
            <tr key={token.id} className="align-top">
              <th scope="row" className="min-w-40 px-3 py-3 font-semibold">
                {token.name}
              </th>
              <td className="px-3 py-3">
                <code className="font-mono text-xs">{token.prefix}…</code>
              </td>
              <td className="min-w-40 px-3 py-3">
                <When iso={token.createdAt} />
                <p className="text-xs text-muted">by {token.createdBy ?? "a deleted account"}</p>
              </td>
              <td className="min-w-32 px-3 py-3">{token.lastUsedAt ? <When iso={token.lastUsedAt} /> : <span className="text-muted">Never</span>}</td>
              <td className="min-w-40 px-3 py-3">
                <StatusBadge revoked={token.revokedAt !== null} />
                {token.revokedAt ? (
                  <p className="mt-1 text-xs text-muted">
                    <When iso={token.revokedAt} /> by {token.revokedBy ?? "a deleted account"}
                  </p>
                ) : null}
              </td>
              <td className="min-w-40 px-3 py-3">
                <RevokeTokenForm tokenId={token.id} name={token.name} revoked={token.revokedAt !== null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{WHEN.format(new Date(iso))}</time>;
}

/** Word and colour together, so the colour never carries the meaning alone. */
function StatusBadge({ revoked }: { revoked: boolean }) {
  return (
    <span
      className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold ${
        revoked ? "border-red-200 bg-red-50 text-bad" : "border-green-200 bg-green-50 text-ok"
      }`}
    >
      {revoked ? "Revoked" : "Active"}
    </span>
  );
}

/** The address agents reach this server at, as the admin's own request saw it. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "basecamp.example.edu";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}

function Usage({ origin }: { origin: string }) {
  const example = [
    `curl -X POST ${origin}/api/agent-log \\`,
    `  -H "Authorization: Bearer $BASECAMP_AGENT_TOKEN" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -H "Idempotency-Key: thermal-check-2026-03-01" \\`,
    `  -d '{"agent": "thermal-watch", "action": "model_check", "status": "failed",`,
    `       "subsystem": "thermal", "message": "The thermal model diverged.",`,
    `       "error": "NaN at node 14", "resolution": "Re-run with a smaller time step.",`,
    `       "metadata": {"records": [{"entity": "task", "id": 12}]}}'`,
  ].join("\n");
  return (
    <section aria-labelledby="usage-heading" className="max-w-3xl space-y-4">
      <h2 id="usage-heading" className="text-xl font-semibold">
        Writing to the agent log
      </h2>
      <p>
        Send one entry per request to <Code>POST /api/agent-log</Code> with the token in the{" "}
        <Code>Authorization</Code> header and a JSON body:
      </p>
      <pre
        tabIndex={0}
        aria-label="Example request with curl"
        className="overflow-x-auto rounded-md border border-line bg-white p-3 font-mono text-xs leading-relaxed text-ink"
      >
        {example}
      </pre>
      <h3 className="text-lg font-semibold">Body fields</h3>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <Field name="agent" required>The agent&apos;s name, 1–100 characters.</Field>
        <Field name="action" required>What it did, e.g. <Code>sync</Code> or <Code>grade</Code>; 1–100 characters.</Field>
        <Field name="status" required>
          One of {RUN_STATUSES.map((s, i) => <span key={s}>{i > 0 ? ", " : ""}<Code>{s}</Code></span>)}.
        </Field>
        <Field name="subsystem">
          One of {SUBSYSTEMS.map((s, i) => <span key={s}>{i > 0 ? ", " : ""}<Code>{s}</Code></span>)}.
        </Field>
        <Field name="message, error, resolution">Text, up to {MAX_TEXT_LENGTH.toLocaleString("en-US")} characters each.</Field>
        <Field name="metadata">
          A JSON object of up to {MAX_METADATA_BYTES / 1024} KB. The timeline links <Code>syncId</Code> to its import run,{" "}
          <Code>records</Code> (<Code>{`[{"entity": "task", "id": 12}]`}</Code>) to CADENCE records and{" "}
          <Code>moduleId</Code> to a module; <Code>studentId</Code> lets that student see the entry. Basecamp adds{" "}
          <Code>ingest</Code> with the token that wrote it.
        </Field>
        <Field name="timestamp">
          When it happened, ISO 8601 with a time zone (<Code>2026-03-01T14:05:00Z</Code>); at most{" "}
          {FUTURE_TOLERANCE_MS / 60_000} minutes ahead of the server. Defaults to now.
        </Field>
        <Field name="idempotencyKey">
          1–200 characters, or the <Code>Idempotency-Key</Code> header. A retry with the same key writes nothing new
          and answers with the entry written first.
        </Field>
      </dl>
      <h3 className="text-lg font-semibold">Answers</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li><Code>201 {`{"logId": 123}`}</Code>: the entry was written.</li>
        <li><Code>200 {`{"logId": 123, "duplicate": true}`}</Code>: this key was used before; nothing new was written.</li>
        <li><Code>400 {`{"error": "Invalid request body", "fields": {…}}`}</Code>: the messages per field say what to fix.</li>
        <li><Code>401</Code>: no token, or one that is unknown or revoked.</li>
        <li><Code>413</Code>: the body is larger than {MAX_BODY_BYTES / 1024} KB.</li>
        <li>
          <Code>429</Code>: more than {DEFAULT_LIMIT_PER_MINUTE} entries in a minute from one token; wait the seconds in{" "}
          <Code>Retry-After</Code>.
        </li>
      </ul>
    </section>
  );
}

function Field({ name, required = false, children }: { name: string; required?: boolean; children: ReactNode }) {
  return (
    <>
      <dt className="font-mono font-semibold">
        {name}
        {required ? <span className="ml-1 font-sans text-xs font-normal text-muted">(required)</span> : null}
      </dt>
      <dd className="text-muted">{children}</dd>
    </>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-white px-1 py-0.5 font-mono text-[0.9em] text-ink ring-1 ring-line">{children}</code>;
}
