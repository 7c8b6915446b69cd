import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canceledAtOf, refundsOfOrder, type RefundFact } from "../../../lib/notifications/order-email-facts"

/**
 * When the order was cancelled and the refunds the cancellation made (Medusa's cancellation
 * refunds captured payments without a payment.refunded event). A failed read gives no date and
 * no refunds: the emails go out with what is known. Reads only.
 */
export const loadCancellationStep = createStep(
  "notify-load-cancellation",
  async (input: { order_id: string }, { container }) => {
    const [canceledAt, refunds] = await Promise.all([
      canceledAtOf(container, input.order_id).catch(() => null),
      refundsOfOrder(container, input.order_id).catch(() => [] as RefundFact[]),
    ])
    return new StepResponse({ canceled_at: canceledAt, refunds })
  }
)
