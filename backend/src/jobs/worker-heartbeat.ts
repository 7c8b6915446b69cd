import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beat } from "../lib/health/heartbeat"

/**
 * The worker process registers no HTTP routes, so it shows it is alive this way: every minute it
 * writes the time to Redis (`kb:worker:heartbeat`), which GET /health/ready on the servers reads
 * (older than 3 minutes: "degraded"). Scheduled jobs run only where events are consumed (the
 * worker; "shared" in development), so a beat proves the worker's job runner is going.
 * worker-heartbeat-at-start.ts beats once right after a start.
 */
export default async function workerHeartbeatJob(container: MedusaContainer) {
  await beat(container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config = {
  name: "worker-heartbeat",
  schedule: "* * * * *",
}
