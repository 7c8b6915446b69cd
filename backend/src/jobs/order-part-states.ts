import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairOrderPartStates } from "../lib/order-parts/part-states"

/**
 * Every five minutes on the worker: the backstop of the lapas order list's state rows. Builds them
 * all when the table is empty while orders exist (a new deployment, a restored database), else
 * refreshes the orders whose rows are older than a change of the order, its fulfillments,
 * payments or transfer confirmations (an event lost or a process that died before its refresh).
 * Live rows are kept by src/subscribers/order-part-state.ts.
 */
export default async function orderPartStatesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const result = await repairOrderPartStates(container)
    if (result.orders) logger.info(`Order part states: ${result.rebuilt ? "built" : "refreshed"} ${result.orders} orders' rows.`)
  } catch (error) {
    logger.error(`Order part states: could not repair them: ${(error as Error).message}`)
  }
}

export const config = {
  name: "order-part-states",
  schedule: "*/5 * * * *",
}
