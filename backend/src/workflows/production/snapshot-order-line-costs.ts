import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  snapshotOrderLineCostsStep,
  type OrderLineCostSnapshot,
} from "./steps/production-snapshot-order-line-costs"

export type { OrderLineCostSnapshot }

/**
 * Snapshots the HPP of every line of an order that has none yet and returns all of the
 * order's snapshots: [{ line_item_id, variant_id, lapas_id, quantity, unit_cost (string,
 * whole rupiah), method }]. Idempotent: running it again writes nothing and changes nothing.
 * Runs by itself when an order is placed (hooks/snapshot-line-costs-on-order.ts); booking
 * runs it again to fill any gap.
 */
export const snapshotOrderLineCostsWorkflow = createWorkflow(
  "snapshot-order-line-costs",
  (input: { order_id: string }) => {
    const snapshots = snapshotOrderLineCostsStep(input)
    return new WorkflowResponse(snapshots)
  }
)
