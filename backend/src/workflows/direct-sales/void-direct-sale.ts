import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { markDirectSaleVoidedStep } from "./steps/direct-sale-mark-voided"
import { restoreDirectSaleStockStep, type RestoreLine } from "./steps/direct-sale-restore-stock"

export interface VoidDirectSaleInput {
  direct_sale_id: string
  order_id: string
  reason: string
  voided_by: string
  /** Where the units go back to, and which. */
  location_id: string
  lines: RestoreLine[]
}

/**
 * Voids a direct sale: the reason is recorded, Medusa cancels the order (refunding the captured
 * payment), and the units return to stock. The refund is booked as a reversal by the same path
 * as online cancellations (book-shares-on-cancel). The caller checks the sale is the lapas's and
 * not voided yet, under a lock on the sale.
 */
export const voidDirectSaleWorkflow = createWorkflow("void-direct-sale", (input: VoidDirectSaleInput) => {
  markDirectSaleVoidedStep(
    transform({ input }, ({ input }) => ({
      direct_sale_id: input.direct_sale_id,
      order_id: input.order_id,
      reason: input.reason,
      voided_by: input.voided_by,
    }))
  )
  restoreDirectSaleStockStep(transform({ input }, ({ input }) => ({ location_id: input.location_id, lines: input.lines })))
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.voided_by })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ direct_sale_id: input.direct_sale_id })))
})
