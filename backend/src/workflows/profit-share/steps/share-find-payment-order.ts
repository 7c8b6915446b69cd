import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The order a payment pays for (payment → payment collection → order), or null. */
export async function orderIdOfPayment(container: MedusaContainer, paymentId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentId },
  })
  const collectionId = (payments[0] as any)?.payment_collection_id
  if (!collectionId) return null
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collectionId },
  })
  return (links[0] as any)?.order_id ?? null
}

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
