import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bookOrderSharesWorkflow } from "../book-order-shares"
import { bookRefundSharesWorkflow } from "../book-refund-shares"
import type { PaymentRefunds } from "./share-load-payment-refunds"

/**
 * Per payment: books the sale first if it was not (a refund must never find an unbooked sale and
 * reverse nothing), then each refund, oldest first; a refund already booked is skipped (booked
 * once, by its id). Runs the booking workflows on their own, not as nested steps: each booking is
 * one idempotent ledger transaction on an append-only ledger, so there is nothing to compensate
 * and a failed run is simply run again.
 */
export const bookPaymentRefundsStep = createStep(
  "share-book-payment-refunds",
  async (input: PaymentRefunds[], { container }) => {
    let booked = 0
    for (const payment of input) {
      await bookOrderSharesWorkflow(container).run({
        input: { order_id: payment.order_id, payment_id: payment.payment_id },
      })
      for (const refund of payment.refunds) {
        await bookRefundSharesWorkflow(container).run({
          input: { order_id: payment.order_id, refund_id: refund.id, amount: refund.amount },
        })
        booked += 1
      }
    }
    return new StepResponse({ refunds: booked, order_ids: [...new Set(input.map((payment) => payment.order_id))] })
  }
)
