import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import { queueOrderPartRefresh, trackedRefresh } from "../lib/order-parts/part-states"
import { TRANSFER_NOTICE_CREATED_EVENT } from "../lib/payments/transfer-notice"
import {
  PART_CANCELED_EVENT,
  READY_FOR_PICKUP_EVENT,
  TRANSFER_CONFIRMED_EVENT,
} from "../workflows/order-parts/order-part-events"

type EventData = { id?: string; order_id?: string }

/** What the event's data names: an order, a fulfillment or a payment. */
const NAMES: Record<string, "order" | "order_id" | "fulfillment" | "payment" | "notice"> = {
  [OrderWorkflowEvents.PLACED]: "order",
  [OrderWorkflowEvents.CANCELED]: "order",
  [OrderWorkflowEvents.UPDATED]: "order",
  [OrderWorkflowEvents.COMPLETED]: "order",
  [OrderWorkflowEvents.FULFILLMENT_CREATED]: "order_id",
  [OrderWorkflowEvents.FULFILLMENT_CANCELED]: "order_id",
  [OrderEditWorkflowEvents.CONFIRMED]: "order_id",
  [FulfillmentWorkflowEvents.SHIPMENT_CREATED]: "fulfillment",
  [FulfillmentWorkflowEvents.DELIVERY_CREATED]: "fulfillment",
  [PaymentEvents.CAPTURED]: "payment",
  [PaymentEvents.REFUNDED]: "payment",
  [TRANSFER_CONFIRMED_EVENT]: "order_id",
  [READY_FOR_PICKUP_EVENT]: "order_id",
  [PART_CANCELED_EVENT]: "order_id",
  [TRANSFER_NOTICE_CREATED_EVENT]: "notice",
}

async function orderIdsOf(container: MedusaContainer, name: string, data: EventData): Promise<string[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  switch (NAMES[name]) {
    case "order":
      return data?.id ? [data.id] : []
    case "order_id":
      return data?.order_id ? [data.order_id] : []
    case "fulfillment": {
      if (!data?.id) return []
      const { rows } = await pg.raw(`SELECT order_id FROM order_fulfillment WHERE fulfillment_id = ? AND deleted_at IS NULL`, [data.id])
      return (rows as { order_id: string }[]).map((r) => r.order_id)
    }
    case "payment": {
      if (!data?.id) return []
      const { rows } = await pg.raw(
        `SELECT x.order_id FROM order_payment_collection x JOIN payment p ON p.payment_collection_id = x.payment_collection_id
          WHERE p.id = ? AND x.deleted_at IS NULL`,
        [data.id]
      )
      return (rows as { order_id: string }[]).map((r) => r.order_id)
    }
    case "notice": {
      if (!data?.id) return []
      const { rows } = await pg.raw(`SELECT order_id FROM transfer_notice WHERE id = ?`, [data.id])
      return (rows as { order_id: string }[]).map((r) => r.order_id)
    }
    default:
      return []
  }
}

/**
 * Keeps the lapas order list's state rows (lib/order-parts/part-states.ts) in step with every
 * event that can change a part's state or what the list shows of it: an order placed, updated,
 * completed, edited or canceled, a part canceled, a fulfillment created, shipped, delivered or canceled, a
 * pickup ready, a payment captured or refunded, a transfer confirmed, a buyer's transfer notice. The refresh recomputes the order's parts and is
 * idempotent, queued with the other events' orders (one refresh at a time per process); a failure is logged and thrown so the event bus runs the event again, and the
 * backstop job (src/jobs/order-part-states.ts) catches what is still missed.
 */
export default async function refreshOrderPartState({ event, container }: SubscriberArgs<EventData>) {
  await trackedRefresh(async () => {
    try {
      await queueOrderPartRefresh(container, await orderIdsOf(container, event.name, event.data))
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Order part states: could not follow ${event.name} of ${JSON.stringify(event.data)}: ${(error as Error).message}`)
      throw error
    }
  })
}

export const config: SubscriberConfig = {
  event: Object.keys(NAMES),
  context: { subscriberId: "order-part-state" },
}
