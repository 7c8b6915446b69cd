import { LAPAS_PRODUCT_TABLE } from "../lapas/link-tables"
import { completeEach, rowsOf } from "./sql"
import type { RepairKindHandler } from "./types"
import { LIVE_WORKFLOWS, runLiveWorkflow } from "./workflows"

/** What book-payment-shares returns (book-order-shares' result), or null for a payment of no order. */
type SaleBooking = { booked: boolean; inserted: number; reason?: string } | null

interface UnbookedOrder {
  order_id: string
  payment_id: string
  paid_at: Date
  lines: number
}

/**
 * Paid money whose sale was never booked: the worker died between the capture (Medusa's
 * payment.captured_at, or a lapas's transfer confirmation of its part, paid-parts.ts) and
 * book-shares-on-capture. Found: orders with a line of a paid part (a current line of the order:
 * quantity above 0 in its version; for a confirmation, a line of that lapas's products) that has
 * no sale entry. Completed by what the subscriber runs: book-payment-shares ({ payment_id }).
 * An order the workflow declines (no part paid by its rules, e.g. a confirmation the captures do
 * not cover yet) is reported as skipped with its reason.
 */
export const UNBOOKED_PAYMENTS_SQL = `
  WITH paid AS (
    SELECT opc.order_id, p.id AS payment_id, p.captured_at AS paid_at, NULL::text AS lapas_id
      FROM payment p
      JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id AND opc.deleted_at IS NULL
     WHERE p.captured_at IS NOT NULL AND p.captured_at < ? AND p.deleted_at IS NULL
    UNION ALL
    SELECT tc.order_id, tc.payment_id, tc.created_at AS paid_at, tc.lapas_id
      FROM transfer_confirmation tc
     WHERE tc.created_at < ? AND tc.deleted_at IS NULL
  )
  SELECT paid.order_id,
         (array_agg(paid.payment_id ORDER BY paid.paid_at))[1] AS payment_id,
         min(paid.paid_at) AS paid_at,
         count(DISTINCT li.id)::int AS lines
    FROM paid
    JOIN "order" o ON o.id = paid.order_id AND o.deleted_at IS NULL
    JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL AND oi.quantity > 0
    JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
   WHERE (paid.lapas_id IS NULL OR EXISTS (
            SELECT 1 FROM ${LAPAS_PRODUCT_TABLE} lp
             WHERE lp.product_id = li.product_id AND lp.lapas_id = paid.lapas_id AND lp.deleted_at IS NULL))
     AND NOT EXISTS (
            SELECT 1 FROM share_ledger_entry e
             WHERE e.order_id = o.id AND e.line_item_id = li.id AND e.kind = 'sale' AND e.deleted_at IS NULL)
   GROUP BY paid.order_id
   ORDER BY min(paid.paid_at), paid.order_id
   LIMIT ?`

export const unbookedPaymentRepair: RepairKindHandler = {
  kind: "unbooked_payment",
  async run(context, record) {
    const found = await rowsOf<UnbookedOrder>(context, UNBOOKED_PAYMENTS_SQL, [context.cutoff, context.cutoff, context.limit])
    await completeEach(
      context,
      record,
      found,
      (row) => ({ id: row.payment_id, order_id: row.order_id }),
      async (row) => {
        const result = await runLiveWorkflow<SaleBooking>(context.container, LIVE_WORKFLOWS.bookPaymentShares, {
          payment_id: row.payment_id,
        })
        if (!result) return "skipped: the payment pays for no order"
        if (!result.booked) return `skipped: ${result.reason ?? "not bookable yet"}`
        return result.inserted > 0 ? "repaired" : "nothing_new"
      }
    )
  },
}
