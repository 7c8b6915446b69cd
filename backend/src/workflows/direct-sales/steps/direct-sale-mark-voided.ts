import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"

export const CANCEL_REASON_METADATA_KEY = "cancel_reason"

/**
 * Records the void on the sale and its reason on the order (as the panel's cancel does) before
 * Medusa cancels the order; undone when the cancel fails.
 */
export const markDirectSaleVoidedStep = createStep(
  "direct-sale-mark-voided",
  async (input: { direct_sale_id: string; order_id: string; reason: string; voided_by: string }, { container }) => {
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    const orders = container.resolve(Modules.ORDER)
    const order = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const previousMetadata = (order.metadata ?? {}) as Record<string, unknown>
    await orders.updateOrders(input.order_id, { metadata: { ...previousMetadata, [CANCEL_REASON_METADATA_KEY]: input.reason } })
    await service.updateDirectSales({
      id: input.direct_sale_id,
      voided_at: new Date(),
      void_reason: input.reason,
      voided_by: input.voided_by,
    })
    return new StepResponse(undefined, { ...input, previousMetadata })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    await service.updateDirectSales({ id: undo.direct_sale_id, voided_at: null, void_reason: null, voided_by: null })
    await container.resolve(Modules.ORDER).updateOrders(undo.order_id, { metadata: undo.previousMetadata })
  }
)
