/**
 * Payments for the bulk orders, inside the Medusa app (imported by place-orders.ts, which runs as a
 * `server`: the events go onto Redis for the worker). What the admin's "capture" and "refund"
 * leave for the ledger, through the payment and order modules in batches instead of one workflow
 * run per order (a capture or refund workflow costs more CPU than the suite can spend on 2,000
 * orders):
 *   - capture: the payment module's capture in full (bank transfer: the system provider, no call
 *     to anyone), its order transaction, `payment.captured`  (as capturePaymentWorkflow);
 *   - refund: the payment module's refund, its negative order transaction, `payment.refunded`
 *     (as refundPaymentWorkflow; the order's credit line for the balance is left out, the ledger
 *     does not read it).
 * The refunds are written after every capture was announced, so the worker sees them in any
 * order: a refund's event may be handled before its capture's booking.
 */
import { createRequire } from "node:module"
import path from "node:path"
import { chunks, pool } from "./batches"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { Modules, PaymentEvents } = fromBackend("@medusajs/framework/utils")

type Row = Record<string, any>

export type BulkRefund = "partial" | "full" | "partial_twice"

export type BulkPaid = {
  id: string
  payment_id: string
  total: number
  refund: BulkRefund | null
  /** The first refund's share of the total, when partial. */
  refund_share: number
}

/** The amounts refunded for an order (what the suite expects to see reversed). */
export function refundAmounts(order: BulkPaid): number[] {
  if (!order.refund) return []
  if (order.refund === "full") return [order.total]
  const first = Math.max(1, Math.floor((order.total * Math.min(0.9, order.refund_share)) / 2))
  return order.refund === "partial_twice" ? [first, first] : [first]
}

export async function payInBulk(
  container: any,
  orders: BulkPaid[],
  { concurrency = 8, log }: { concurrency?: number; log: (m: string) => void }
) {
  const payments = container.resolve(Modules.PAYMENT)
  const orderService = container.resolve(Modules.ORDER)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const since = performance.now()
  let captures = 0
  let refunds = 0

  for (const batch of chunks(orders, 100)) {
    const captured: { order: BulkPaid; captureId: string }[] = []
    await pool(batch, concurrency, async (order) => {
      const payment: Row = await payments.capturePayment({ payment_id: order.payment_id, amount: order.total })
      const capture = (payment.captures as Row[]).find((c) => Math.round(Number(c.amount)) === order.total) ?? payment.captures[0]
      captured.push({ order, captureId: capture.id })
    })
    await orderService.addOrderTransactions(
      captured.map(({ order, captureId }) => ({
        order_id: order.id,
        amount: order.total,
        currency_code: "idr",
        reference: "capture",
        reference_id: captureId,
      }))
    )
    await eventBus.emit(captured.map(({ order }) => ({ name: PaymentEvents.CAPTURED, data: { id: order.payment_id } })))
    captures += captured.length
  }

  const refunding = orders.filter((o) => o.refund)
  for (const batch of chunks(refunding, 100)) {
    const transactions: Row[] = []
    await pool(batch, concurrency, async (order) => {
      for (const amount of refundAmounts(order)) {
        const payment: Row = await payments.refundPayment({ payment_id: order.payment_id, amount, created_by: "fault-suite" })
        const known = new Set(transactions.map((t) => t.reference_id))
        const refund = (payment.refunds as Row[]).find((r) => !known.has(r.id) && Math.round(Number(r.amount)) === amount)
        transactions.push({ order_id: order.id, amount: -amount, currency_code: "idr", reference: "refund", reference_id: refund?.id })
        refunds++
      }
    })
    await orderService.addOrderTransactions(transactions)
    await eventBus.emit(batch.map((order) => ({ name: PaymentEvents.REFUNDED, data: { id: order.payment_id } })))
  }
  const seconds = (performance.now() - since) / 1000
  log(`${captures} payments captured and ${refunds} refunds made in bulk in ${seconds.toFixed(1)} s`)
  return { captures, refunds, seconds }
}
