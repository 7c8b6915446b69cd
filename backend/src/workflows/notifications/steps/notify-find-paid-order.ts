import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderIdOfPayment } from "../../../lib/orders/payment-order"

export type PaymentEventData =
  | { order_id: string; lapas_id: string; confirmation_id: string; fully_paid: boolean }
  | { id: string }

/** Every live payment collection of the order is captured in full. */
async function isPaidInFull(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.status"],
    filters: { id: orderId },
  })
  const collections = (((data[0] as any)?.payment_collections ?? []) as { status: string }[])
    .filter(Boolean)
    .filter((collection) => collection.status !== "canceled")
  return collections.length > 0 && collections.every((collection) => collection.status === "completed")
}

/**
 * The order a payment event shows paid in full, or null: a transfer confirmation says so itself
 * (`fully_paid` once every lapas part is confirmed); a capture (`{ id }` of the payment) when it
 * completes every live payment collection of its order. Reads only.
 */
export const findPaidOrderStep = createStep(
  "notify-find-paid-order",
  async (input: PaymentEventData, { container }) => {
    if ("order_id" in input) return new StepResponse(input.fully_paid ? input.order_id : null)
    const orderId = await orderIdOfPayment(container, input.id).catch(() => null)
    if (!orderId || !(await isPaidInFull(container, orderId))) return new StepResponse(null)
    return new StepResponse(orderId)
  }
)
