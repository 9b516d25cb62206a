import type { Metadata } from "next";
import { parseTableQuery } from "@/app/lib/explorer/table-params";
import { requireViewer } from "@/app/lib/session";
import { CadenceTablePage, type PageSearchParams } from "../_tables/table-page";
import { ProjectsTable } from "./_components/projects-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Projects · CADENCE explorer" };

export default async function ProjectsPage(props: { searchParams: PageSearchParams }) {
  const viewer = await requireViewer("/cadence/projects");
  const { query, notices } = parseTableQuery("projects", await props.searchParams);
  return (
    <CadenceTablePage
      viewer={viewer}
      query={{ ...query, entity: "projects" as const }}
      notices={notices}
      intro="The projects of the CADENCE program, with their owner, subsystem, status and number of tasks."
      renderTable={(props) => <ProjectsTable {...props} />}
    />
  );
}
