import { timelineHref } from "@/app/lib/agent-log/filters";
import { GHOST_BUILDER_AGENT } from "@/db/races/build-ghosts";

/** The agent-log timeline narrowed to one ghost build, by the `runId` its entry carries. */
export function ghostBuildHref(runId: string | null): string {
  return timelineHref({ agent: GHOST_BUILDER_AGENT, meta: runId ? [{ key: "runId", value: runId }] : [] });
}
