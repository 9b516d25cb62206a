import { Brand } from "@/components/shell/brand";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-brand-strong text-white">
        <div className="mx-auto flex max-w-6xl px-4 py-3">
          <Brand />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-md px-4 py-12">
        <div className="rounded-lg border border-line bg-white p-6 shadow-sm sm:p-8">{children}</div>
      </main>
    </>
  );
}
