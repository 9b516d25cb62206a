import type { Metadata } from "next";
import { parseTableQuery } from "@/app/lib/explorer/table-params";
import { requireViewer } from "@/app/lib/session";
import { CadenceTablePage, type PageSearchParams } from "../_tables/table-page";
import { PeopleTable } from "./_components/people-table";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "People · CADENCE explorer" };

export default async function PeoplePage(props: { searchParams: PageSearchParams }) {
  const viewer = await requireViewer("/cadence/people");
  const { query, notices } = parseTableQuery("people", await props.searchParams);
  return (
    <CadenceTablePage
      viewer={viewer}
      query={{ ...query, entity: "people" as const }}
      notices={notices}
      intro="The people of the CADENCE program: their role and subsystem, the tasks they had and the projects they owned."
      renderTable={(props) => <PeopleTable {...props} />}
    />
  );
}
