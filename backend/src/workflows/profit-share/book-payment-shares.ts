import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookOrderSharesWorkflow } from "./book-order-shares"
import { findPaymentOrderStep } from "./steps/share-find-payment-order"

/**
 * A captured payment books the shares of its order's paid parts (book-order-shares); a payment of
 * no order books nothing. Replays book nothing new (idempotency keys).
 * Returns book-order-shares' result with the order's id, or null when the payment pays for no order.
 */
export const bookPaymentSharesWorkflow = createWorkflow(
  "book-payment-shares",
  (input: { payment_id: string }) => {
    const found = findPaymentOrderStep(input)
    const result = when("payment-has-order", { found }, ({ found }) => !!found.order_id).then(() =>
      bookOrderSharesWorkflow.runAsStep({
        input: transform({ input, found }, ({ input, found }) => ({
          order_id: found.order_id!,
          payment_id: input.payment_id,
        })),
      })
    )
    return new WorkflowResponse(
      transform({ result, found }, ({ result, found }) => (result ? { ...result, order_id: found.order_id! } : null))
    )
  }
)
