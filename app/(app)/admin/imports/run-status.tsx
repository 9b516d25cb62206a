/** A run's status as colour, icon and word together, so none of them carries the meaning alone. */
const STYLES: Record<string, { label: string; className: string; icon: React.ReactNode }> = {
  success: {
    label: "Success",
    className: "border-green-200 bg-green-50 text-ok",
    icon: <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  },
  partial: {
    label: "Partial",
    className: "border-amber-200 bg-amber-50 text-warn",
    icon: (
      <>
        <path d="M8 2l6.5 11.5h-13z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        <path d="M8 6.5v3M8 11.6v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </>
    ),
  },
  failed: {
    label: "Failed",
    className: "border-red-200 bg-red-50 text-bad",
    icon: <path d="M4.5 4.5l7 7m0-7l-7 7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />,
  },
  running: {
    label: "Running",
    className: "border-blue-200 bg-blue-50 text-brand",
    icon: <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="20 12" />,
  },
};

const OTHER = {
  className: "border-line bg-canvas text-muted",
  icon: <circle cx="8" cy="8" r="3" fill="currentColor" />,
};

export function RunStatus({ status }: { status: string | null }) {
  const known = status ? STYLES[status] : undefined;
  const style = known ?? OTHER;
  const label = known?.label ?? (status ? status[0]!.toUpperCase() + status.slice(1) : "Unknown");
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 shrink-0">
        {style.icon}
      </svg>
      {label}
    </span>
  );
}
