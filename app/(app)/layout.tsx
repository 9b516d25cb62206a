import { Brand } from "@/components/shell/brand";
import { navigationAreas } from "@/components/shell/areas";
import { MainNav } from "@/components/shell/main-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { requireViewer } from "@/app/lib/session";

/** The signed-in shell. Pages below still check roles themselves; this only needs a session. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return (
    <>
      <header className="bg-brand-strong text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Brand />
          <div className="order-last w-full lg:order-none lg:w-auto">
            <MainNav areas={navigationAreas(viewer.role)} />
          </div>
          <UserMenu viewer={viewer} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm text-muted">
        Built on the record of the CADENCE CubeSat program.
      </footer>
    </>
  );
}
