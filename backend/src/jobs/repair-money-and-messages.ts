import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { logRepairReport } from "../lib/repair"
import { runRepairExclusively } from "../lib/repair/lock"

/**
 * Every five minutes on the worker: completes what a crashed process left half-done (unbooked
 * captures, unreversed refunds and cancellations, unallocated premi, e-mails left pending, webhook
 * events left received; lib/repair), under one lock for the whole deployment. Logs the report
 * (money step `repair.done`) when anything was found.
 */
export default async function repairMoneyAndMessagesJob(container: MedusaContainer) {
  const report = await runRepairExclusively(container)
  if (!report) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info("Repair: another process is repairing; skipped this run.")
    return
  }
  logRepairReport(container, report)
}

export const config = {
  name: "repair-money-and-messages",
  schedule: "*/5 * * * *",
}
