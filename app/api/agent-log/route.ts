import { handleAgentLogIngest } from "@/app/lib/agent-log/ingest";

export const dynamic = "force-dynamic";

/**
 * Writes one agent-log entry for an external agent. Authenticated by the agent's bearer token
 * only: a session cookie is not a credential here, so a signed-in browser gets 401 too.
 * Request and answers are documented on /admin/tokens.
 */
export async function POST(request: Request) {
  return handleAgentLogIngest(request);
}
