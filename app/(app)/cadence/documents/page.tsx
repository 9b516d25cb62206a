import type { Metadata } from "next";
import { parseTableQuery } from "@/app/lib/explorer/table-params";
import { requireViewer } from "@/app/lib/session";
import { CadenceTablePage, type PageSearchParams } from "../_tables/table-page";
import { DocumentsTable } from "./_components/documents-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Documents · CADENCE explorer" };

export default async function DocumentsPage(props: { searchParams: PageSearchParams }) {
  const viewer = await requireViewer("/cadence/documents");
  const { query, notices } = parseTableQuery("documents", await props.searchParams);
  return (
    <CadenceTablePage
      viewer={viewer}
      query={{ ...query, entity: "documents" as const }}
      notices={notices}
      intro="The program, technical and workflow documents of the CADENCE program, by subsystem."
      renderTable={(props) => <DocumentsTable {...props} />}
    />
  );
}
