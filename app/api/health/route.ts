import { getHealth } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: 200 when the database answers and is fully migrated. */
export async function GET() {
  const report = await getHealth();
  return Response.json(report, {
    status: report.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
