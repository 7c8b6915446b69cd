import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderIdOfPayment } from "../../../lib/orders/payment-order"

/** The order a captured payment pays for; a payment of no order is logged and books nothing. Reads only. */
export const findPaymentOrderStep = createStep(
  "share-find-payment-order",
  async (input: { payment_id: string }, { container }) => {
    const orderId = await orderIdOfPayment(container, input.payment_id)
    if (!orderId) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Profit share: payment ${input.payment_id} pays for no order; nothing to book.`)
    }
    return new StepResponse({ order_id: orderId })
  }
)
