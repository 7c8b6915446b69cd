import { completeEach, rowsOf } from "./sql"
import type { RepairKindHandler } from "./types"
import { LIVE_WORKFLOWS, runLiveWorkflow } from "./workflows"

interface UncapturedTransfer {
  order_id: string
  payment_id: string
}

/**
 * Bank-transfer payments whose lapas confirmations add up to more than their captures, the latest
 * confirmation older than the cutoff: a server stopped inside confirm-bank-transfer after recording
 * a confirmation and before capturing it. Until captured, the paid-parts rule books no part of the
 * order (not even parts confirmed later) and the lapas is told its part is already confirmed.
 * Canceled orders and payments are left to people: capturing would take money for an order that no
 * longer stands (Medusa leaves a payment with some capture uncanceled when it cancels the order).
 */
export const UNCAPTURED_TRANSFERS_SQL = `
  SELECT tc.payment_id, min(tc.order_id) AS order_id
    FROM transfer_confirmation tc
    JOIN payment p ON p.id = tc.payment_id AND p.deleted_at IS NULL AND p.canceled_at IS NULL
    JOIN "order" o ON o.id = tc.order_id AND o.deleted_at IS NULL AND o.status <> 'canceled'
   WHERE tc.deleted_at IS NULL
   GROUP BY tc.payment_id
  HAVING max(tc.created_at) < ?
     AND sum(tc.amount) > coalesce((SELECT sum(c.amount) FROM capture c WHERE c.payment_id = tc.payment_id AND c.deleted_at IS NULL), 0)
   ORDER BY max(tc.created_at), tc.payment_id
   LIMIT ?`

/** Completed by complete-transfer-capture, whose capture then books the order's paid parts. */
export const uncapturedTransferRepair: RepairKindHandler = {
  kind: "uncaptured_transfer",
  async run(context, record) {
    const found = await rowsOf<UncapturedTransfer>(context, UNCAPTURED_TRANSFERS_SQL, [context.cutoff, context.limit])
    await completeEach(
      context,
      record,
      found,
      (row) => ({ id: row.payment_id, order_id: row.order_id }),
      async (row) => {
        const result = await runLiveWorkflow<{ captured: number; reason: string | null }>(
          context.container,
          LIVE_WORKFLOWS.completeTransferCapture,
          { order_id: row.order_id, payment_id: row.payment_id, captured_by: "repair-job" }
        )
        if (result.captured > 0) return "repaired"
        return result.reason ? `skipped: ${result.reason}` : "nothing_new"
      }
    )
  },
}
