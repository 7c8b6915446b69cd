import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { loadOrderParts } from "../lib/order-parts/parts"
import { XENDIT_PROVIDER_ID } from "@karya-binaan/contracts"
import { BANK_TRANSFER_PROVIDER_ID, transferDueHours } from "../lib/payments/transfer"
import { xenditConfig } from "../lib/payments/xendit-config"
import { cancelOrderPartWorkflow } from "../workflows/order-parts/cancel-order-part"

/**
 * Pending bank-transfer orders placed more than `dueHours` before `now` whose payment is not
 * captured in full: with no transfer confirmed and nothing captured (`confirmed` false), or with
 * some lapas's transfer confirmed (`confirmed` true).
 */
async function overdueTransferOrders(
  container: MedusaContainer,
  now: Date,
  dueHours: number,
  confirmed: boolean,
  providerId: string = BANK_TRANSFER_PROVIDER_ID
) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `SELECT DISTINCT o.id
       FROM "order" o
       JOIN order_payment_collection opc ON opc.order_id = o.id AND opc.deleted_at IS NULL
       JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
      WHERE o.deleted_at IS NULL
        AND o.is_draft_order = false
        AND o.status = 'pending'
        AND o.created_at < ?
        AND p.provider_id = ?
        AND p.canceled_at IS NULL
        AND p.captured_at IS NULL
        ${confirmed ? "" : "AND NOT EXISTS (SELECT 1 FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL)"}
        AND ${confirmed ? "" : "NOT"} EXISTS (SELECT 1 FROM transfer_confirmation t WHERE t.order_id = o.id AND t.deleted_at IS NULL)`,
    [new Date(now.getTime() - dueHours * 3_600_000), providerId]
  )
  return (rows as { id: string }[]).map((row) => row.id)
}

/** Overdue orders nobody paid (no lapas confirmed, nothing captured): canceled whole. */
export const overdueTransferOrderIds = (container: MedusaContainer, now: Date, dueHours: number) =>
  overdueTransferOrders(container, now, dueHours, false)

/** Overdue orders some lapas has confirmed: their unconfirmed parts are canceled on their own. */
export const partlyPaidOverdueTransferOrderIds = (container: MedusaContainer, now: Date, dueHours: number) =>
  overdueTransferOrders(container, now, dueHours, true)

/**
 * Orders paid through Xendit whose QRIS code, virtual account or e-wallet session expired unpaid:
 * placed more than the expiry (XENDIT_EXPIRY_HOURS, as the provider set the deadline) plus a
 * quarter of an hour before `now` (a payment made at the last minute may still be on its way).
 * A payment that arrives even later is refunded by the webhook (lib/payments/xendit-webhook.ts).
 */
export const expiredXenditOrderIds = (container: MedusaContainer, now: Date, expiryHours: number) =>
  overdueTransferOrders(container, now, expiryHours + 0.25, false, XENDIT_PROVIDER_ID)

export interface UnpaidTransferRun {
  /** Orders canceled whole: no part was paid. */
  orders: string[]
  /** Parts canceled on their own while the paid parts of their order go on. */
  parts: { order_id: string; lapas_id: string }[]
}

/**
 * After the due time: an overdue order nobody paid any part of is canceled whole through
 * Medusa's cancel flow (stock released, order.canceled tells the buyer); in an order some lapas
 * confirmed, every part still awaiting its transfer is canceled on its own with
 * cancelOrderPartWorkflow (its lines leave the order, its stock is released, the buyer is told
 * which part and why) while the confirmed parts go on. Idempotent: canceled parts are not
 * awaiting any more, and the workflow checks again under the order's lock. One failing order does
 * not stop the others; it is tried again on the next run.
 */
export async function cancelUnpaidTransferOrders(
  container: MedusaContainer,
  now: Date = new Date(),
  dueHours: number = transferDueHours()
): Promise<UnpaidTransferRun> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run: UnpaidTransferRun = { orders: [], parts: [] }
  for (const orderId of await overdueTransferOrderIds(container, now, dueHours)) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      run.orders.push(orderId)
    } catch (error) {
      logger.error(`Unpaid transfer order ${orderId} could not be canceled: ${(error as Error).message}`)
    }
  }
  const expiryHours = xenditConfig()?.expiryHours ?? 24
  for (const orderId of await expiredXenditOrderIds(container, now, expiryHours)) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      run.orders.push(orderId)
    } catch (error) {
      logger.error(`Unpaid Xendit order ${orderId} could not be canceled: ${(error as Error).message}`)
    }
  }
  const partly = await partlyPaidOverdueTransferOrderIds(container, now, dueHours)
  const parts = await loadOrderParts(container, partly)
  for (const orderId of partly) {
    for (const part of (parts.get(orderId) ?? []).filter((p) => p.state === "awaiting_transfer")) {
      try {
        const { result } = await cancelOrderPartWorkflow(container).run({
          input: {
            order_id: orderId,
            lapas_id: part.lapas.id,
            cause: "unpaid",
            reason: null,
            canceled_by: null,
            due_at: new Date(new Date(part.created_at).getTime() + dueHours * 3_600_000).toISOString(),
            only_if_unpaid: true,
          },
        })
        if (!result.skipped) run.parts.push({ order_id: orderId, lapas_id: part.lapas.id })
      } catch (error) {
        logger.error(`Unpaid part of ${part.lapas.id} in order ${orderId} could not be canceled: ${(error as Error).message}`)
      }
    }
  }
  if (run.orders.length) logger.info(`Canceled ${run.orders.length} unpaid order(s) (bank transfer, expired QRIS/VA/e-wallet): ${run.orders.join(", ")}`)
  if (run.parts.length) {
    logger.info(`Canceled ${run.parts.length} unpaid part(s): ${run.parts.map((p) => `${p.order_id}/${p.lapas_id}`).join(", ")}`)
  }
  return run
}

export default async function cancelUnpaidTransferOrdersJob(container: MedusaContainer) {
  await cancelUnpaidTransferOrders(container)
}

export const config = {
  name: "cancel-unpaid-transfer-orders",
  schedule: process.env.UNPAID_TRANSFER_CHECK_SCHEDULE || "*/15 * * * *",
}
