import { DIFFICULTIES } from "@/app/lib/domain/vocabulary";
import { DIFFICULTY_LABELS } from "@/components/modules/labels";
import { PATH_STATUSES } from "@/db/queries/paths";
import {
  DIFFICULTY_COLOURS,
  EDGE_COLOURS,
  GHOST_BORDER,
  PATH_STATUS_HINTS,
  PATH_STATUS_LABELS,
  STATUS_BORDERS,
  type NodeBorder,
} from "./labels";
import { StatusIcon } from "./path-graph";

/** What the drawing's lines, fills and borders mean; each sample is drawn as in the graph. */
export function PathLegend({ statuses, ghosts, drafts }: { statuses: boolean; ghosts: boolean; drafts: boolean }) {
  return (
    <div className="flex flex-wrap gap-x-10 gap-y-4 rounded-lg border border-line bg-white p-4 text-sm shadow-sm">
      <LegendGroup title="Lines">
        <li className="flex items-center gap-2">
          <LineSample colour={EDGE_COLOURS.required} />
          Required prerequisite (solid)
        </li>
        <li className="flex items-center gap-2">
          <LineSample colour={EDGE_COLOURS.recommended} dashed />
          Recommended prerequisite (dashed)
        </li>
        <li className="flex items-center gap-2">
          <LineSample colour={EDGE_COLOURS.cross} dot />
          Across subsystems (violet, starts with a dot)
        </li>
      </LegendGroup>
      <LegendGroup title="Difficulty (fill)">
        {DIFFICULTIES.map((d) => (
          <li key={d} className="flex items-center gap-2">
            <BoxSample fill={DIFFICULTY_COLOURS[d].fill} strip={DIFFICULTY_COLOURS[d].strip} border={{ stroke: "#64748b", width: 1.25 }} />
            {DIFFICULTY_LABELS[d]}
          </li>
        ))}
      </LegendGroup>
      {statuses ? (
        <LegendGroup title="Status (border and sign)">
          {PATH_STATUSES.map((s) => (
            <li key={s} className="flex items-center gap-2">
              <BoxSample fill="#ffffff" border={STATUS_BORDERS[s]} icon={s} />
              {PATH_STATUS_LABELS[s]} <span className="text-muted">({PATH_STATUS_HINTS[s]})</span>
            </li>
          ))}
        </LegendGroup>
      ) : null}
      {ghosts || drafts ? (
        <LegendGroup title="Other boxes">
          {ghosts ? (
            <li className="flex items-center gap-2">
              <BoxSample fill="#ffffff" border={GHOST_BORDER} />
              Module of another subsystem (white, short dashes, its subsystem named)
            </li>
          ) : null}
          {drafts ? <li>Not published: marked “Draft” or “Archived” in the box; students do not see them</li> : null}
        </LegendGroup>
      ) : null}
    </div>
  );
}

function LegendGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      <ul className="space-y-1.5">{children}</ul>
    </div>
  );
}

function LineSample({ colour, dashed = false, dot = false }: { colour: string; dashed?: boolean; dot?: boolean }) {
  return (
    <svg aria-hidden="true" width="44" height="12" viewBox="0 0 44 12" className="shrink-0">
      <line x1="4" y1="6" x2="36" y2="6" stroke={colour} strokeWidth={dot ? 2.25 : 1.5} strokeDasharray={dashed ? "7 5" : undefined} />
      {dot ? <circle cx="4" cy="6" r="3" fill={colour} /> : null}
      <path d="M 34 1 L 43 6 L 34 11 z" fill={colour} />
    </svg>
  );
}

function BoxSample({ fill, strip, border, icon }: { fill: string; strip?: string; border: NodeBorder; icon?: (typeof PATH_STATUSES)[number] }) {
  return (
    <svg aria-hidden="true" width="40" height="22" viewBox="0 0 40 22" className="shrink-0">
      <rect x="2" y="2" width="36" height="18" rx="4" fill={fill} stroke={border.stroke} strokeWidth={border.width} strokeDasharray={border.dash} />
      {strip ? <rect x="5" y="5" width="3" height="12" rx="1.5" fill={strip} /> : null}
      {icon ? <StatusIcon status={icon} x={14} y={5} /> : null}
    </svg>
  );
}
