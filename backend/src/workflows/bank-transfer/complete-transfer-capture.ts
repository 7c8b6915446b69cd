import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { moneyLogStep } from "../logging/steps/money-log"
import { transferCaptureShortfallStep } from "./steps/transfer-capture-shortfall"

export interface CompleteTransferCaptureInput {
  order_id: string
  payment_id: string
  /** The member who sent the confirmation again, or the repair job. */
  captured_by: string
  /** At most this much (whole rupiah): a lapas sending its confirmation again captures no more than its amount. */
  limit?: number | null
}

export interface CompleteTransferCaptureResult {
  /** Whole rupiah captured now; 0 when every confirmation already had its capture. */
  captured: number
  reason: string | null
}

/**
 * Captures what lapas confirmed on a bank-transfer payment but was never captured (a server that
 * stopped inside confirm-bank-transfer, after the confirmation and before its capture). Under the
 * same per-order lock as confirm-bank-transfer, so a confirmation still in flight finishes first
 * and then leaves nothing short. The capture's payment.captured event books the parts' shares, as
 * it would have. Run when the lapas sends the confirmation again and by the repair job
 * (uncaptured_transfer); with nothing short it changes nothing.
 */
export const completeTransferCaptureWorkflow = createWorkflow(
  "complete-transfer-capture",
  (input: CompleteTransferCaptureInput) => {
    const lockKey = transform({ input }, ({ input }) => `bank-transfer:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const short = transferCaptureShortfallStep(
      transform({ input }, ({ input }) => ({ payment_id: input.payment_id, limit: input.limit ?? null }))
    )
    when("complete-transfer-capture-short", { short }, ({ short }) => short.shortfall > 0).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ input, short }, ({ input, short }) => ({
          payment_id: input.payment_id,
          amount: short.shortfall,
          captured_by: input.captured_by,
        })),
      })
      moneyLogStep(
        transform({ input, short }, ({ input, short }) => ({
          step: "transfer.confirmed" as const,
          fields: {
            order_id: input.order_id,
            payment_id: input.payment_id,
            amount: String(short.shortfall),
            outcome: "captured: completed a confirmation left without its capture",
          },
        }))
      )
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ short }, ({ short }): CompleteTransferCaptureResult => ({ captured: short.shortfall, reason: short.reason }))
    )
  }
)
