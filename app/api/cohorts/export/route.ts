import { viewerForApi } from "@/app/lib/session";
import { parseCohortParams } from "@/components/cohorts/params";
import { AccessDenied } from "@/db/queries/access";
import { cohortExportFileName, cohortStudentsCsv } from "@/db/queries/cohort-students";
import { getCohort } from "@/db/queries/cohorts";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "No such cohort." }, { status: 404 });

/**
 * The students table of a cohort as CSV: `/api/cohorts/export?team=<id>&<the table's filters>`
 * gives every student matching them, in the table's order, with every column. A team of
 * another university answers 404, exactly like one that does not exist.
 */
export async function GET(request: Request) {
  const { viewer, response } = await viewerForApi(["faculty", "admin"]);
  if (response) return response;
  const view = parseCohortParams(new URL(request.url).searchParams);
  if (view.teamId === null) return Response.json({ error: "Name the cohort: ?team=<team id>." }, { status: 400 });
  try {
    const cohort = await getCohort(viewer, view.teamId);
    if (!cohort) return notFound();
    const csv = await cohortStudentsCsv(viewer, cohort.teamId, view.students, { quietDays: view.quietDays });
    if (csv === null) return notFound();
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${cohortExportFileName(cohort.team, cohort.semester)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AccessDenied) return notFound();
    throw error;
  }
}
