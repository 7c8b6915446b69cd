import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildOrderPartStates } from "../lib/order-parts/part-states"

/**
 * `medusa exec ./src/scripts/rebuild-order-part-states.ts`: rebuilds every state row of the lapas
 * order list (lib/order-parts/part-states.ts) from the orders. Safe to run at any time; the
 * order-part-states job does the same by itself when the table is empty and refreshes stale rows.
 */
export default async function rebuildOrderPartStatesScript({ container }: ExecArgs) {
  const started = Date.now()
  const { orders, parts } = await rebuildOrderPartStates(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Order part states rebuilt in ${Date.now() - started} ms: ${parts} parts of ${orders} orders.`)
}
