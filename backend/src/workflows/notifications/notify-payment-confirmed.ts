import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailKey } from "../../lib/notifications/send-order-email"
import { findPaidOrderStep, type PaymentEventData } from "./steps/notify-find-paid-order"
import { sendOrderEmailStep } from "./steps/notify-send-order-email"

/**
 * Tells the buyer the order is paid, once, when it is paid in full: after the last lapas's
 * transfer is confirmed, or after any capture that completes the payment (card payments, or a
 * capture through Medusa's own admin route). Both paths share one idempotency key per order.
 */
export const notifyPaymentConfirmedWorkflow = createWorkflow(
  "notify-payment-confirmed",
  (input: { data: PaymentEventData; trigger: string }) => {
    const orderId = findPaidOrderStep(transform({ input }, ({ input }) => input.data))
    const outcome = sendOrderEmailStep(
      transform({ input, orderId }, ({ input, orderId }) =>
        orderId
          ? {
              order_id: orderId,
              event: { kind: "payment-confirmed" as const },
              idempotency_key: orderEmailKey("payment-confirmed", orderId),
              trigger: input.trigger,
            }
          : null
      )
    )
    return new WorkflowResponse(outcome)
  }
)
