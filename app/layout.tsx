import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { navigationAreas } from "@/components/shell/areas";
import { MainNav } from "@/components/shell/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ascent Basecamp", template: "%s · Ascent Basecamp" },
  description:
    "Learn CubeSat engineering from the real record of the CADENCE satellite program.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
        >
          Skip to content
        </a>
        <header className="bg-brand-strong text-white">
          <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
              <span aria-hidden="true" className="inline-block h-3 w-3 rotate-45 bg-amber-400" />
              Ascent Basecamp
            </Link>
            <MainNav areas={navigationAreas()} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm text-muted">
          Built on the record of the CADENCE CubeSat program.
        </footer>
      </body>
    </html>
  );
}
