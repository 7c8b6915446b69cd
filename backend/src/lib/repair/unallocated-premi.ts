import { completeEach, rowsOf } from "./sql"
import type { RepairKindHandler } from "./types"
import { LIVE_WORKFLOWS, runLiveWorkflow } from "./workflows"

interface UnallocatedOrder {
  order_id: string
  entries: number
}

/**
 * Booked premi that never reached its makers. A sale's booking allocates in the transaction that
 * writes its entries (book-sale-transaction.ts), so a killed worker leaves both or neither; but
 * when that combined write fails the entries are written without allocations (logged), and
 * refunds and corrections allocate after their ledger write (premi-allocate), where a worker
 * killed in between or a failed allocation (logged, not undone) leaves premi entries of lines with
 * makers (their units came from batches with makers) without any premi_allocation. Completed by
 * allocate-premi, which writes only what is missing.
 */
export const UNALLOCATED_PREMI_SQL = `
  SELECT e.order_id, count(*)::int AS entries
    FROM share_ledger_entry e
   WHERE e.account = 'premi' AND e.amount <> 0 AND e.created_at < ? AND e.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM premi_allocation a WHERE a.ledger_entry_id = e.id)
     AND EXISTS (
           SELECT 1 FROM production_line_batch lb
             JOIN production_batch_maker m ON m.batch_id = lb.batch_id AND m.deleted_at IS NULL AND m.work_units > 0
            WHERE lb.line_item_id = e.line_item_id AND lb.deleted_at IS NULL AND lb.quantity > 0)
   GROUP BY e.order_id
   ORDER BY min(e.created_at), e.order_id
   LIMIT ?`

export const unallocatedPremiRepair: RepairKindHandler = {
  kind: "unallocated_premi",
  async run(context, record) {
    const found = await rowsOf<UnallocatedOrder>(context, UNALLOCATED_PREMI_SQL, [context.cutoff, context.limit])
    await completeEach(
      context,
      record,
      found,
      (row) => ({ id: row.order_id, order_id: row.order_id }),
      async (row) => {
        const result = await runLiveWorkflow<{ inserted: number; unallocated_lines: string[] }>(
          context.container,
          LIVE_WORKFLOWS.allocatePremi,
          { order_id: row.order_id }
        )
        if (result.inserted > 0) return "repaired"
        if (result.unallocated_lines.length) return `skipped: no makers for lines ${result.unallocated_lines.join(", ")}`
        return "nothing_new"
      }
    )
  },
}
