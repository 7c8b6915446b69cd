import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkReadiness } from "../../../lib/health/checks"
import { processHealthRedis } from "../../../lib/health/heartbeat"
import { sqlOf } from "../../../lib/sql"

/**
 * GET /health/ready: whether this server process can serve. 200 `{ status: "ok" | "degraded", checks }`,
 * 503 `{ status: "unavailable", checks }` when the database (SELECT 1) or Redis (PING, with
 * REDIS_URL) fails within 2 s. "degraded": the worker's heartbeat is older than 3 minutes (events
 * and scheduled jobs wait, requests are served). Public, not rate limited; no addresses or secrets
 * in the answer (lib/health/checks.ts).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { httpStatus, body } = await checkReadiness({ sql: sqlOf(req.scope), redis: processHealthRedis() })
  res.setHeader("Cache-Control", "no-store")
  res.status(httpStatus).json(body)
}
