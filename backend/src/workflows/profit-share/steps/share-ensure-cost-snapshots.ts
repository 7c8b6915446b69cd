import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { snapshotOrderLineCostsWorkflow } from "../../production/snapshot-order-line-costs"

export interface CostSnapshot {
  line_item_id: string
  variant_id: string | null
  lapas_id: string | null
  quantity: number
  /** Whole rupiah per unit, as a string (step results must be JSON). */
  unit_cost: string
}

/**
 * Makes sure every line of the order has its HPP snapshot (normally taken when the order was
 * placed) and returns them. Runs the production workflow on its own, not as a nested step:
 * a snapshot, once taken, is a fact about the sale and is kept even when booking fails.
 */
export const ensureShareCostSnapshotsStep = createStep(
  "share-ensure-cost-snapshots",
  async (input: { order_id: string }, { container }) => {
    const { result } = await snapshotOrderLineCostsWorkflow(container).run({
      input: { order_id: input.order_id },
    })
    const snapshots: CostSnapshot[] = ((result ?? []) as any[]).map((s) => ({
      line_item_id: s.line_item_id,
      variant_id: s.variant_id ?? null,
      lapas_id: s.lapas_id ?? null,
      quantity: Number(s.quantity),
      unit_cost: String(s.raw_unit_cost?.value ?? s.unit_cost ?? 0),
    }))
    return new StepResponse(snapshots)
  }
)
