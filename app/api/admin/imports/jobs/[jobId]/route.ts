import { viewerForApi } from "@/app/lib/session";
import { z } from "zod";
import { getJobState } from "@/app/lib/imports/jobs";

export const dynamic = "force-dynamic";

const JobId = z.uuid();

/** `{ status, progress, summary, warningCount }` of one job; 404 once it is unknown or expired. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const { response } = await viewerForApi(["admin"]);
  if (response) return response;
  const jobId = JobId.safeParse((await params).jobId);
  const state = jobId.success ? getJobState(jobId.data) : null;
  if (!state) {
    return Response.json({ error: "This import job is unknown or has expired." }, { status: 404 });
  }
  return Response.json(state, { headers: { "Cache-Control": "no-store" } });
}
