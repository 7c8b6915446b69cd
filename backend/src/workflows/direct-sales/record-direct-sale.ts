import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderPaymentCollectionWorkflow,
  markPaymentCollectionAsPaid,
} from "@medusajs/medusa/core-flows"
import type { DirectSalePlan } from "../../lib/direct-sales/plan"
import { claimDirectSaleStep } from "./steps/direct-sale-claim"
import { createDirectSaleOrderStep } from "./steps/direct-sale-create-order"
import { finishDirectSaleStep } from "./steps/direct-sale-finish"
import { takeDirectSaleStockStep } from "./steps/direct-sale-take-stock"

export interface RecordDirectSaleInput {
  plan: DirectSalePlan
  sales_channel_id: string
}

/**
 * Records a sale made at a venue (planned and checked by lib/direct-sales/plan): its record, its
 * Medusa order on the direct-sales channel, the stock taken at the venue's location, and its
 * payment collection captured at once through Medusa's system provider (the money changed hands
 * at the counter). The capture books the shares, HPP and premi as for an online sale
 * (book-shares-on-capture). Any failure undoes every step, so a retry records it anew. The
 * caller holds a lock on the device's id (the record's unique client_id is the last guard).
 */
export const recordDirectSaleWorkflow = createWorkflow(
  "record-direct-sale",
  (input: RecordDirectSaleInput) => {
    const claim = claimDirectSaleStep(input.plan)
    const order = createDirectSaleOrderStep(
      transform({ input, claim }, ({ input, claim }) => ({
        plan: input.plan,
        direct_sale_id: claim.id,
        sales_channel_id: input.sales_channel_id,
      }))
    )
    const warnings = takeDirectSaleStockStep(input.plan)
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ input, order }, ({ input, order }) => ({
        order_id: order.id,
        amount: Number(input.plan.total),
      })),
    })
    const payment = markPaymentCollectionAsPaid.runAsStep({
      input: transform({ input, order, collections }, ({ input, order, collections }) => ({
        order_id: order.id,
        payment_collection_id: collections[0].id,
        captured_by: input.plan.cashier.id,
      })),
    })
    finishDirectSaleStep(
      transform({ claim, order, warnings }, ({ claim, order, warnings }) => ({
        direct_sale_id: claim.id,
        order_id: order.id,
        stock_warnings: warnings,
      }))
    )
    return new WorkflowResponse(
      transform({ claim, order, payment }, ({ claim, order, payment }) => ({
        direct_sale_id: claim.id,
        order_id: order.id,
        payment_id: (payment as any)?.id as string,
      }))
    )
  }
)
