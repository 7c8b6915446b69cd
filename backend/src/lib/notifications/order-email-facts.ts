import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { lapasIdsOfStockLocations, loadLapasRows } from "../lapas/links"
import { fulfillmentView } from "../order-parts/views"
import { orderIdOfPayment } from "../orders/payment-order"
import type { PickupPlace } from "./order-emails"

/** What the notification subscribers read about a fulfillment, a lapas or a refunded payment. */

export interface FulfillmentFacts {
  id: string
  order_id: string
  lapas_id: string | null
  /** The courier's code (or legacy free text), name and the resi's tracking page. */
  courier: string | null
  courier_name: string | null
  tracking_url: string | null
  resi: string | null
  created_at: string | null
  shipped_at: string | null
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/**
 * The order and lapas of a fulfillment (metadata `lapas_id`, else its stock location's lapas), and
 * its courier and resi read as the lapas parts read them (fulfillmentView).
 */
export async function fulfillmentFacts(container: MedusaContainer, fulfillmentId: string): Promise<FulfillmentFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "location_id", "created_at", "shipped_at", "metadata", "labels.tracking_number"],
    filters: { id: fulfillmentId },
  })
  const fulfillment = data[0] as Record<string, any> | undefined
  if (!fulfillment) return null
  const { data: links } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: fulfillmentId },
  })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) return null

  const metadata = (fulfillment.metadata ?? {}) as Record<string, unknown>
  let lapasId = text(metadata.lapas_id)
  if (!lapasId && fulfillment.location_id) {
    lapasId = (await lapasIdsOfStockLocations(container, [fulfillment.location_id])).get(fulfillment.location_id) ?? null
  }
  const view = fulfillmentView(fulfillment, "courier")
  return {
    id: fulfillment.id,
    order_id: orderId,
    lapas_id: lapasId,
    courier: view.courier,
    courier_name: view.courier_name,
    tracking_url: view.tracking_url,
    resi: view.resi,
    created_at: view.created_at,
    shipped_at: view.shipped_at,
  }
}

export async function pickupPlace(container: MedusaContainer, lapasId: string): Promise<PickupPlace | null> {
  const row = (await loadLapasRows(container, [lapasId])).get(lapasId)
  if (!row) return null
  return {
    id: row.id,
    name: row.name,
    address: row.address ?? null,
    city: row.city ?? null,
    time_zone: row.time_zone,
  }
}

export interface RefundFact {
  id: string
  payment_id: string
  amount: number
  created_at: string | null
}

const byTimeThenId = (a: RefundFact, b: RefundFact) =>
  (a.created_at ?? "").localeCompare(b.created_at ?? "") || a.id.localeCompare(b.id)

function refundFactsOf(payments: any[]): RefundFact[] {
  return payments
    .filter(Boolean)
    .flatMap((payment) =>
      ((payment.refunds ?? []) as any[]).filter(Boolean).map((refund) => ({
        id: refund.id as string,
        payment_id: payment.id as string,
        amount: Number(toRupiahBigInt(refund.amount ?? 0, { round: true })),
        created_at: iso(refund.created_at),
      }))
    )
    .sort(byTimeThenId)
}

/** The order a payment pays for and the payment's refunds, oldest first. */
export async function refundsOfPayment(
  container: MedusaContainer,
  paymentId: string
): Promise<{ order_id: string; refunds: RefundFact[] } | null> {
  const orderId = await orderIdOfPayment(container, paymentId)
  if (!orderId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "refunds.created_at"],
    filters: { id: paymentId },
  })
  return { order_id: orderId, refunds: refundFactsOf(data as any[]) }
}

/**
 * Every refund of every payment of the order, oldest first. Cancelling an order refunds its
 * captured payments without a payment.refunded event, so the cancellation looks here too.
 */
export async function refundsOfOrder(container: MedusaContainer, orderId: string): Promise<RefundFact[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.created_at",
    ],
    filters: { id: orderId },
  })
  const collections = (((data[0] as any)?.payment_collections ?? []) as any[]).filter(Boolean)
  return refundFactsOf(collections.flatMap((collection) => collection.payments ?? []))
}

/** When the order was cancelled, from its own record (the canceled event carries only the id). */
export async function canceledAtOf(container: MedusaContainer, orderId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "canceled_at"], filters: { id: orderId } })
  return iso((data[0] as { canceled_at?: unknown } | undefined)?.canceled_at)
}
