import { statusStyle, type StatusIcon } from "@/app/lib/agent-log/status-styles";

const ICONS: Record<StatusIcon, React.ReactNode> = {
  check: <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  warning: (
    <>
      <path d="M8 2l6.5 11.5h-13z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 6.5v3M8 11.6v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  cross: <path d="M4.5 4.5l7 7m0-7l-7 7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />,
  spinner: <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="20 12" />,
  skip: <path d="M3.5 4l4.5 4-4.5 4M8.5 4l4.5 4-4.5 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />,
  info: (
    <>
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 7.2v4M8 4.8v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  dot: <circle cx="8" cy="8" r="3" fill="currentColor" />,
};

/** A status as colour, icon and word together, so none of them carries the meaning alone. */
export function StatusBadge({ status }: { status: string | null }) {
  const style = statusStyle(status);
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 shrink-0">
        {ICONS[style.icon]}
      </svg>
      {style.label}
    </span>
  );
}
