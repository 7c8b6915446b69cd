import type { MedusaContainer } from "@medusajs/framework/types"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { snapshotOrderLineCosts } from "../production/steps/production-snapshot-order-line-costs"

/**
 * When a cart becomes an order, each line's HPP is snapshotted from its variant's weighted
 * average at that moment, so later batches never change the cost of a booked sale.
 * A failure here does not refuse the buyer's order: it is logged, and the booking of shares
 * runs snapshotOrderLineCostsWorkflow again, which fills in any missing line.
 */
type Context = { container: MedusaContainer }
/** Declared by completeCartWorkflow at run time (inside its "order not yet created" branch) but left out of its types. */
type Created = { createdIds: string[]; attributedLineIds: string[] }
type OrderCreatedHook = (
  invoke: (input: { order_id: string; cart_id: string }, context: Context) => Promise<StepResponse<string[], Created>>,
  compensate?: (created: Created | undefined, context: Context) => Promise<void>
) => void
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

orderCreated(
  async ({ order_id }, { container }) => {
    try {
      const { createdIds, attributedLineIds } = await snapshotOrderLineCosts(container, order_id)
      return new StepResponse(createdIds, { createdIds, attributedLineIds })
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Could not snapshot the production cost of order ${order_id}: ${(error as Error).message}`)
      return new StepResponse([] as string[], { createdIds: [], attributedLineIds: [] })
    }
  },
  async (created, { container }) => {
    if (!created) return
    const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
    if (created.attributedLineIds?.length) await production.removeLineBatchesOfLines(created.attributedLineIds)
    if (created.createdIds?.length) await production.deleteOrderLineCosts(created.createdIds)
  }
)
