import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookOrderShares, bookOrderSharesWorkflow, timed, type BookingTimer } from "./book-order-shares"
import { findPaymentOrder, findPaymentOrderStep } from "./steps/share-find-payment-order"
import type { SaleBookingResult } from "./steps/share-write-sale"

export type PaymentBookingResult = (SaleBookingResult & { order_id: string }) | null

/**
 * What book-payment-shares does, as one function call (see bookOrderShares): the payment's order,
 * then its booking; null when the payment pays for no order. What the payment.captured
 * subscriber runs.
 */
export async function bookPaymentShares(
  container: MedusaContainer,
  input: { payment_id: string },
  timer?: BookingTimer
): Promise<PaymentBookingResult> {
  const { order_id } = await timed(timer, "find-order", () => findPaymentOrder(container, input.payment_id))
  if (!order_id) return null
  const result = await bookOrderShares(container, { order_id, payment_id: input.payment_id }, timer)
  return { ...result, order_id }
}

/**
 * A captured payment books the shares of its order's paid parts (book-order-shares); a payment of
 * no order books nothing. Replays book nothing new (idempotency keys). The repair job re-runs it
 * by its id (lib/repair/workflows.ts); the subscriber runs bookPaymentShares, the same steps.
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
