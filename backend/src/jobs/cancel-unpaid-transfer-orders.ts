import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID, transferDueHours } from "../lib/payments/transfer"

/**
 * Bank-transfer orders still unpaid BANK_TRANSFER_DUE_HOURS (default 24) after they were placed:
 * no lapas has confirmed a transfer and nothing was captured. An order one lapas has already
 * confirmed is left for people to sort out (cancelling it would refund money that did arrive).
 */
export async function overdueTransferOrderIds(container: MedusaContainer, now: Date, dueHours: number) {
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
        AND NOT EXISTS (SELECT 1 FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM transfer_confirmation t WHERE t.order_id = o.id AND t.deleted_at IS NULL)`,
    [new Date(now.getTime() - dueHours * 3_600_000), BANK_TRANSFER_PROVIDER_ID]
  )
  return (rows as { id: string }[]).map((row) => row.id)
}

/**
 * Cancels every overdue unpaid bank-transfer order through Medusa's cancel flow, which releases
 * the stock reserved for it and emits order.canceled (the buyer is told). One failing order
 * does not stop the others; it is tried again on the next run.
 */
export async function cancelUnpaidTransferOrders(
  container: MedusaContainer,
  now: Date = new Date(),
  dueHours: number = transferDueHours()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const canceled: string[] = []
  for (const orderId of await overdueTransferOrderIds(container, now, dueHours)) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      canceled.push(orderId)
    } catch (error) {
      logger.error(`Unpaid transfer order ${orderId} could not be canceled: ${(error as Error).message}`)
    }
  }
  if (canceled.length) logger.info(`Canceled ${canceled.length} unpaid bank-transfer order(s): ${canceled.join(", ")}`)
  return canceled
}

export default async function cancelUnpaidTransferOrdersJob(container: MedusaContainer) {
  await cancelUnpaidTransferOrders(container)
}

export const config = {
  name: "cancel-unpaid-transfer-orders",
  schedule: process.env.UNPAID_TRANSFER_CHECK_SCHEDULE || "*/15 * * * *",
}
