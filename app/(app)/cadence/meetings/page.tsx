import type { Metadata } from "next";
import { parseTableQuery } from "@/app/lib/explorer/table-params";
import { requireViewer } from "@/app/lib/session";
import { CadenceTablePage, type PageSearchParams } from "../_tables/table-page";
import { MeetingsTable } from "./_components/meetings-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Meetings · CADENCE explorer" };

export default async function MeetingsPage(props: { searchParams: PageSearchParams }) {
  const viewer = await requireViewer("/cadence/meetings");
  const { query, notices } = parseTableQuery("meetings", await props.searchParams);
  return (
    <CadenceTablePage
      viewer={viewer}
      query={{ ...query, entity: "meetings" as const }}
      notices={notices}
      intro="Every meeting of the CADENCE program: when it was, which project and subsystem it served, and who came."
      renderTable={(props) => <MeetingsTable {...props} />}
    />
  );
}
