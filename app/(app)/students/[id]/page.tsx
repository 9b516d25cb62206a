import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole, requireStudentSelfOrFaculty } from "@/app/lib/session";
import { ProgressPage, type ProgressSearchParams } from "@/components/progress/progress-page";
import { getStudentScope } from "@/db/queries/progress";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Student progress" };

/** Student ids are short slugs (`nit-26f-01`); anything longer cannot be one. */
const MAX_ID_LENGTH = 255;

export default async function StudentProgressPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<ProgressSearchParams>;
}) {
  const viewer = await requireRole("faculty", "admin");
  const { id } = await props.params;
  if (id.length > MAX_ID_LENGTH) notFound();
  // Decided before anything streams, so a student the viewer may not see answers a real 404.
  await requireStudentSelfOrFaculty(await getStudentScope(viewer, id));
  return <ProgressPage viewer={viewer} studentId={id} self={false} basePath={`/students/${encodeURIComponent(id)}`} params={await props.searchParams} />;
}
