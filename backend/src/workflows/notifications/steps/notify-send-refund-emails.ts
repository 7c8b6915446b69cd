import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundFact } from "../../../lib/notifications/order-email-facts"
import { sendRefundEmails } from "../../../lib/notifications/send-order-email"

export interface SendRefundEmailsInput {
  order_id: string
  refunds: RefundFact[]
  /** The event that reported the refunds. */
  trigger: string
}

/**
 * One email per refund, keyed by the refund (sendRefundEmails); `null` sends nothing. Never
 * fails, like every order email.
 */
export const sendRefundEmailsStep = createStep(
  "notify-send-refund-emails",
  async (input: SendRefundEmailsInput | null, { container }) => {
    if (input) await sendRefundEmails(container, input.order_id, input.refunds, input.trigger)
    return new StepResponse(input?.refunds.length ?? 0)
  }
)
