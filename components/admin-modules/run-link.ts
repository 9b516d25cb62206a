import { timelineHref } from "@/app/lib/agent-log/filters";
import { GENERATOR_AGENT } from "@/db/jobs/generate-modules";

/** The agent-log timeline narrowed to one generator run, by the `runId` its entry carries. */
export function generatorRunHref(runId: string | null): string {
  return timelineHref({ agent: GENERATOR_AGENT, meta: runId ? [{ key: "runId", value: runId }] : [] });
}
