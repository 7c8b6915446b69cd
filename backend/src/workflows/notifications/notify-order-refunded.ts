import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadPaymentRefundsForEmailStep } from "./steps/notify-load-payment-refunds"
import { sendRefundEmailsStep } from "./steps/notify-send-refund-emails"

/**
 * Tells the buyer about each refund of the payment. The event names only the payment, so every
 * refund of it is considered; those already emailed are skipped by their idempotency key.
 */
export const notifyOrderRefundedWorkflow = createWorkflow(
  "notify-order-refunded",
  (input: { payment_id: string; trigger: string }) => {
    const facts = loadPaymentRefundsForEmailStep(transform({ input }, ({ input }) => ({ payment_id: input.payment_id })))
    const sent = sendRefundEmailsStep(
      transform({ input, facts }, ({ input, facts }) =>
        facts ? { order_id: facts.order_id, refunds: facts.refunds, trigger: input.trigger } : null
      )
    )
    return new WorkflowResponse(sent)
  }
)
