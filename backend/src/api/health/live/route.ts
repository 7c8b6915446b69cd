import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * GET /health/live: this server process is running and answering. No dependency is checked (a
 * liveness probe restarts a process; a database outage is no reason to). Public, not rate limited.
 */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "no-store")
  res.status(200).json({ status: "ok" })
}
