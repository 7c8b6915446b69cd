import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundsOfPayment } from "../../../lib/notifications/order-email-facts"

/** The order a refunded payment pays for and the payment's refunds; null (logged) when they cannot be read. Reads only. */
export const loadPaymentRefundsForEmailStep = createStep(
  "notify-load-payment-refunds",
  async (input: { payment_id: string }, { container }) => {
    const facts = await refundsOfPayment(container, input.payment_id).catch((error) => {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Refund email: payment ${input.payment_id}: ${error}`)
      return null
    })
    return new StepResponse(facts)
  }
)
