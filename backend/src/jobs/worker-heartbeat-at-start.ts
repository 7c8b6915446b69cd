import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { beat } from "../lib/health/heartbeat"

/**
 * One heartbeat a few seconds after the worker starts (its every-minute beat, worker-heartbeat.ts,
 * may be up to a minute away), so a restarted worker shows at once in GET /health/ready. Every
 * start registers the job again, and so runs it once again.
 */
export default async function workerHeartbeatAtStartJob(container: MedusaContainer) {
  await beat(container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config = {
  name: "worker-heartbeat-at-start",
  schedule: { interval: 3_000, numberOfExecutions: 1 },
}
