import { viewerForApi } from "@/app/lib/session";
import { z } from "zod";
import { startImportJob } from "@/app/lib/imports/jobs";

export const dynamic = "force-dynamic";

const StartJob = z.object({
  uploadId: z.uuid({ error: "uploadId must be the id the upload answered with." }),
  dryRun: z.boolean({ error: "dryRun must be true or false." }),
});

/**
 * Starts a dry run (`dryRun: true`, nothing is kept) or a real import of an upload, and answers
 * at once with `{ jobId }`; the job's progress is read from `GET /api/admin/imports/jobs/<id>`.
 */
export async function POST(request: Request) {
  const { viewer, response } = await viewerForApi(["admin"]);
  if (response) return response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The request body must be JSON: { uploadId, dryRun }." }, { status: 400 });
  }
  const input = StartJob.safeParse(body);
  if (!input.success) {
    return Response.json({ error: input.error.issues[0]?.message ?? "Invalid request." }, { status: 400 });
  }
  const started = startImportJob(input.data.uploadId, input.data.dryRun, { userId: viewer.userId, email: viewer.email });
  if (!started.ok) return Response.json({ error: started.error }, { status: started.status });
  return Response.json({ jobId: started.jobId }, { status: 202 });
}
