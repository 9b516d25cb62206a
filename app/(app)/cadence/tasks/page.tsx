import type { Metadata } from "next";
import { parseTableQuery } from "@/app/lib/explorer/table-params";
import { requireViewer } from "@/app/lib/session";
import { CadenceTablePage, type PageSearchParams } from "../_tables/table-page";
import { TasksTable } from "./_components/tasks-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tasks · CADENCE explorer" };

export default async function TasksPage(props: { searchParams: PageSearchParams }) {
  const viewer = await requireViewer("/cadence/tasks");
  const { query, notices } = parseTableQuery("tasks", await props.searchParams);
  return (
    <CadenceTablePage
      viewer={viewer}
      query={{ ...query, entity: "tasks" as const }}
      notices={notices}
      intro="Every task of the CADENCE program: who had it, in which project and subsystem, and when it was due."
      renderTable={(props) => <TasksTable {...props} />}
    />
  );
}
