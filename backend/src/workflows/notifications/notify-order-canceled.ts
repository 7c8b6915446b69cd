import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailKey } from "../../lib/notifications/send-order-email"
import { loadCancellationStep } from "./steps/notify-load-cancellation"
import { sendOrderEmailStep } from "./steps/notify-send-order-email"
import { sendRefundEmailsStep } from "./steps/notify-send-refund-emails"

/**
 * Tells the buyer the order was cancelled (by staff, or by the job for an unpaid transfer), then
 * about the refunds the cancellation made: Medusa's cancellation refunds captured payments
 * without emitting payment.refunded.
 */
export const notifyOrderCanceledWorkflow = createWorkflow(
  "notify-order-canceled",
  (input: { order_id: string; trigger: string }) => {
    const cancellation = loadCancellationStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const outcome = sendOrderEmailStep(
      transform({ input, cancellation }, ({ input, cancellation }) => ({
        order_id: input.order_id,
        event: { kind: "order-canceled" as const, canceled_at: cancellation.canceled_at },
        idempotency_key: orderEmailKey("order-canceled", input.order_id),
        trigger: input.trigger,
      }))
    )
    sendRefundEmailsStep(
      transform({ input, cancellation, outcome }, ({ input, cancellation }) => ({
        order_id: input.order_id,
        refunds: cancellation.refunds,
        trigger: input.trigger,
      }))
    )
    return new WorkflowResponse(outcome)
  }
)
