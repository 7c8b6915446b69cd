import { canceledPartsOf } from "../order-parts/canceled-parts"
import { errorText, rowsOf } from "./sql"
import type { RepairContext, RepairKind, RepairKindHandler } from "./types"
import { LIVE_WORKFLOWS, runLiveWorkflow } from "./workflows"

interface UnreversedRefund {
  refund_id: string
  payment_id: string
  order_id: string
  amount: string
  note: string | null
  order_status: string
  metadata: Record<string, unknown> | null
}

/**
 * Medusa refunds with no reversal entries while their order still has something to reverse (a
 * sale paid more than its refunds so far, or no sale booked at all: the booking then books the
 * sale first). A refund of shipping only, after every line was refunded, reverses nothing and is
 * not found again.
 */
export const UNREVERSED_REFUNDS_SQL = `
  SELECT r.id AS refund_id, r.payment_id, opc.order_id, r.amount::text AS amount, r.note,
         o.status AS order_status, o.metadata
    FROM refund r
    JOIN payment p ON p.id = r.payment_id
    JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id AND opc.deleted_at IS NULL
    JOIN "order" o ON o.id = opc.order_id
   WHERE r.deleted_at IS NULL AND r.created_at < ?
     AND NOT EXISTS (
           SELECT 1 FROM share_ledger_entry e
            WHERE e.order_id = opc.order_id AND e.kind = 'refund' AND e.reference_id = r.id)
     AND coalesce((
           SELECT sum(e.paid) FILTER (WHERE e.kind = 'sale') - coalesce(sum(e.paid) FILTER (WHERE e.kind = 'refund'), 0)
             FROM share_ledger_entry e
            WHERE e.order_id = opc.order_id AND e.account = 'capital' AND e.deleted_at IS NULL), 1) > 0
   ORDER BY r.created_at, r.id
   LIMIT ?`

/** The note cancel-order-part gives the refund of a canceled part (see that workflow). */
const partRefundNote = (lapasId: string) => `Part of lapas ${lapasId} canceled`

/** The canceled part a refund was for, by its note (cancel-order-part writes it), or null. */
export function canceledPartOfRefund(refund: Pick<UnreversedRefund, "note" | "metadata">) {
  if (!refund.note) return null
  return (
    canceledPartsOf(refund.metadata).find(
      (part) => refund.note === partRefundNote(part.lapas_id) || refund.note!.startsWith(`${partRefundNote(part.lapas_id)}: `)
    ) ?? null
  )
}

async function refundBooked(context: RepairContext, orderId: string, refundId: string) {
  const rows = await rowsOf(
    context,
    `SELECT 1 FROM share_ledger_entry WHERE order_id = ? AND kind = 'refund' AND reference_id = ? LIMIT 1`,
    [orderId, refundId]
  )
  return rows.length > 0
}

/**
 * Refunds whose reversal was never booked, each through the path that books it live:
 * - the refund of a canceled part (cancel-order-part died between Medusa's refund and its
 *   part-book-refund step): `unreversed_cancel`, book-refund-shares on the part's lines
 *   only, exactly as part-book-refund runs it;
 * - a refund of a canceled order (book-shares-on-cancel never ran): `unreversed_cancel`,
 *   book-payment-refunds ({ order_id });
 * - any other refund (book-shares-on-refund never ran): `unreversed_refund`,
 *   book-payment-refunds ({ payment_id }).
 * The part refunds go first: the payment-wide booking would spread them over every line.
 */
export const unreversedRefundRepair: RepairKindHandler = {
  kind: "unreversed_refund",
  async run(context, record) {
    const found = await rowsOf<UnreversedRefund>(context, UNREVERSED_REFUNDS_SQL, [context.cutoff, context.limit])
    const parts: { refund: UnreversedRefund; lines: { line_item_id: string; quantity: number }[] }[] = []
    const canceledOrders = new Map<string, UnreversedRefund[]>()
    const payments = new Map<string, UnreversedRefund[]>()
    for (const refund of found) {
      const part = canceledPartOfRefund(refund)
      if (part) parts.push({ refund, lines: part.items.map((line) => ({ line_item_id: line.id, quantity: line.quantity })) })
      else if (refund.order_status === "canceled") canceledOrders.set(refund.order_id, [...(canceledOrders.get(refund.order_id) ?? []), refund])
      else payments.set(refund.payment_id, [...(payments.get(refund.payment_id) ?? []), refund])
    }

    const settle = async (kind: RepairKind, refunds: UnreversedRefund[], book: () => Promise<unknown>) => {
      const items = refunds.map((refund) => ({ kind, id: refund.refund_id, order_id: refund.order_id }))
      if (context.dryRun) return items.forEach((item) => record({ ...item, outcome: "would_repair" }))
      try {
        await book()
      } catch (error) {
        return items.forEach((item) => record({ ...item, outcome: `failed: ${errorText(error)}` }))
      }
      for (const item of items) {
        const booked = await refundBooked(context, item.order_id, item.id)
        record({ ...item, outcome: booked ? "repaired" : "skipped: nothing left to reverse" })
      }
    }

    for (const { refund, lines } of parts) {
      await settle("unreversed_cancel", [refund], () =>
        runLiveWorkflow(context.container, LIVE_WORKFLOWS.bookRefundShares, {
          order_id: refund.order_id,
          refund_id: refund.refund_id,
          amount: refund.amount,
          lines,
          lines_only: true,
        })
      )
    }
    for (const [orderId, refunds] of canceledOrders) {
      await settle("unreversed_cancel", refunds, () =>
        runLiveWorkflow(context.container, LIVE_WORKFLOWS.bookPaymentRefunds, { order_id: orderId })
      )
    }
    for (const [paymentId, refunds] of payments) {
      await settle("unreversed_refund", refunds, () =>
        runLiveWorkflow(context.container, LIVE_WORKFLOWS.bookPaymentRefunds, { payment_id: paymentId })
      )
    }
  },
}
