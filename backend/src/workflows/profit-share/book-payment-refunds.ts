import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookPaymentRefundsStep } from "./steps/share-book-payment-refunds"
import { loadPaymentRefundsStep } from "./steps/share-load-payment-refunds"

/**
 * Reverses the shares of refunds: every refund of one payment (`payment_id`, a refund event), or
 * of every refunded payment of an order (`order_id`, a cancellation, which refunds through
 * Medusa's refundPaymentsWorkflow without a refund event). Refunds already booked are skipped.
 */
export const bookPaymentRefundsWorkflow = createWorkflow(
  "book-payment-refunds",
  (input: { payment_id?: string; order_id?: string }) => {
    const payments = loadPaymentRefundsStep(input)
    return new WorkflowResponse(bookPaymentRefundsStep(payments))
  }
)
