import { isCadenceEntity, parseTableQuery } from "@/app/lib/explorer/table-params";
import { viewerForApi } from "@/app/lib/session";
import { cadenceCsvChunks, exportFileName } from "@/db/queries/cadence-tables";

export const dynamic = "force-dynamic";

/**
 * The CSV of an explorer table view: `/api/cadence/tasks/export?<the table's query string>`
 * gives every row matching its filters, in its order, with its visible columns. Streamed batch
 * by batch, so a 50,000-row export never sits in memory whole. Values of the query string the
 * table would ignore are ignored here too.
 */
export async function GET(request: Request, context: { params: Promise<{ entity: string }> }) {
  const { viewer, response } = await viewerForApi(["student", "faculty", "admin"]);
  if (response) return response;
  const { entity } = await context.params;
  if (!isCadenceEntity(entity)) return Response.json({ error: "No such CADENCE table." }, { status: 404 });

  const { query } = parseTableQuery(entity, new URL(request.url).searchParams);
  const chunks = cadenceCsvChunks(viewer, query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`[cadence export] ${entity}:`, error);
        controller.error(new Error("The export failed."));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(entity)}"`,
      "Cache-Control": "no-store",
    },
  });
}
