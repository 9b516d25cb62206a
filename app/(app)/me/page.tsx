import type { Metadata } from "next";
import { requireRole } from "@/app/lib/session";
import { ProgressPage, type ProgressSearchParams } from "@/components/progress/progress-page";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "My progress" };

export default async function MePage(props: { searchParams: Promise<ProgressSearchParams> }) {
  const viewer = await requireRole("student");
  if (!viewer.studentId) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">My progress</h1>
        <p className="rounded-lg border border-dashed border-line bg-white p-6 text-muted">
          Your account is not linked to a student record yet, so there is no progress to show: attempts, modules and
          competencies belong to a student record. Ask an admin to link your account to your student record; your
          progress will then appear here.
        </p>
      </div>
    );
  }
  return <ProgressPage viewer={viewer} studentId={viewer.studentId} self basePath="/me" params={await props.searchParams} />;
}
