import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderIdOfPayment } from "../../../lib/orders/payment-order"

/** The order a captured payment pays for; a payment of no order is logged and books nothing. Reads only. */
export async function findPaymentOrder(container: MedusaContainer, paymentId: string): Promise<{ order_id: string | null }> {
  const orderId = await orderIdOfPayment(container, paymentId)
  if (!orderId) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Profit share: payment ${paymentId} pays for no order; nothing to book.`)
  }
  return { order_id: orderId }
}

export const findPaymentOrderStep = createStep(
  "share-find-payment-order",
  async (input: { payment_id: string }, { container }) => new StepResponse(await findPaymentOrder(container, input.payment_id))
)
