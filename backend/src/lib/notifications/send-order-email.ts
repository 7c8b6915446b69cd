import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildOrderSummary } from "../orders/summary"
import { deliverNotification, immediateRetryDelays, type DeliveryOutcome } from "./deliver"
import type { RefundFact } from "./order-email-facts"
import { DEFAULT_STOREFRONT_URL, emailLocaleOf, renderOrderEmail, type OrderEmailEvent } from "./order-emails"

export interface OrderEmailRequest {
  order_id: string
  event: OrderEmailEvent
  /** Unique per message, from orderEmailKey: a replayed event must not email twice. */
  idempotency_key: string
  /** The event that caused the email, kept as the notification's trigger_type. */
  trigger: string
  /** Ids kept on the notification row next to the order's (fulfillment, refund, …). */
  references?: Record<string, string | null>
  /** The event's own `no_notification` flag (Medusa's shipment events carry one). */
  no_notification?: boolean
}

export type OrderEmailOutcome = DeliveryOutcome | "skipped"

/** `order-shipped:ful_123`: the kind and the ids that make one message of that kind. */
export function orderEmailKey(kind: OrderEmailEvent["kind"], ...ids: string[]) {
  return [kind, ...ids].join(":")
}

/**
 * Emails the buyer of an order about `request.event`: loads the buyer's order summary, renders
 * it in the buyer's language (order.metadata.locale) and sends it through the Notification
 * Module on the "email" channel. Never throws: an order flow must not fail because a message
 * could not be sent; failures are logged and left to the retry job.
 */
export async function sendOrderEmail(
  container: MedusaContainer,
  request: OrderEmailRequest,
  options: { retryDelaysMs?: number[] } = {}
): Promise<OrderEmailOutcome> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    if (request.no_notification) return "skipped"
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "email", "metadata", "no_notification"],
      filters: { id: request.order_id },
    })
    const order = data[0] as
      | { id: string; email: string | null; metadata: Record<string, unknown> | null; no_notification: boolean | null }
      | undefined
    if (!order) {
      logger.warn(`Order email ${request.idempotency_key}: no order ${request.order_id}.`)
      return "skipped"
    }
    if (order.no_notification) return "skipped"
    if (!order.email) {
      logger.warn(`Order email ${request.idempotency_key}: order ${order.id} has no email address.`)
      return "skipped"
    }

    const summary = await buildOrderSummary(container, order.id)
    const locale = emailLocaleOf(order.metadata)
    const content = renderOrderEmail(summary, request.event, {
      locale,
      storefrontUrl: process.env.STOREFRONT_URL || DEFAULT_STOREFRONT_URL,
    })
    return await deliverNotification(
      container,
      {
        to: order.email,
        channel: "email",
        template: request.event.kind,
        content,
        data: {
          order_id: order.id,
          display_id: summary.display_id,
          locale,
          ...(request.references ?? {}),
        },
        trigger_type: request.trigger,
        resource_id: order.id,
        resource_type: "order",
        idempotency_key: request.idempotency_key,
      },
      options.retryDelaysMs ?? immediateRetryDelays()
    )
  } catch (error) {
    logger.error(
      `Order email ${request.idempotency_key} for order ${request.order_id} could not be prepared: ${
        error instanceof Error ? error.message : String(error)
      }`
    )
    return "failed"
  }
}

/** One email per refund, keyed by the refund: whichever event reports a refund first sends it. */
export async function sendRefundEmails(
  container: MedusaContainer,
  orderId: string,
  refunds: RefundFact[],
  trigger: string
) {
  for (const refund of refunds) {
    if (refund.amount <= 0) continue
    await sendOrderEmail(container, {
      order_id: orderId,
      event: { kind: "order-refunded", amount: refund.amount, refunded_at: refund.created_at },
      idempotency_key: orderEmailKey("order-refunded", refund.id),
      trigger,
      references: { payment_id: refund.payment_id, refund_id: refund.id },
    })
  }
}
