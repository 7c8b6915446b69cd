import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import type { VenueStockTransfer } from "../../lib/direct-sales/stock"
import { ensureStockLevelsStep } from "./steps/direct-sale-ensure-stock-levels"
import { recordStockMovesStep } from "./steps/direct-sale-record-stock-moves"

/** The inventory adjustments of a transfer: each line off its source location and onto its target. */
export function transferAdjustments(transfer: VenueStockTransfer) {
  return transfer.lines.flatMap((line) => [
    { inventory_item_id: line.inventory_item_id, location_id: transfer.from_location_id, adjustment: -line.quantity },
    { inventory_item_id: line.inventory_item_id, location_id: transfer.to_location_id, adjustment: line.quantity },
  ])
}

/**
 * Moves units between the lapas's own stock location and an event's (planned and checked by
 * lib/direct-sales/stock planStockMove): the target's missing inventory levels are made, the
 * levels adjusted through Medusa's adjustInventoryLevelsStep, and each line recorded as a
 * VenueStockMove. A failure undoes every step.
 */
export const moveVenueStockWorkflow = createWorkflow("move-venue-stock", (transfer: VenueStockTransfer) => {
  ensureStockLevelsStep(
    transform({ transfer }, ({ transfer }) => ({
      location_id: transfer.to_location_id,
      inventory_item_ids: transfer.lines.map((line) => line.inventory_item_id),
    }))
  )
  when("venue-stock-move-has-lines", { transfer }, ({ transfer }) => transfer.lines.length > 0).then(() => {
    adjustInventoryLevelsStep(transform({ transfer }, ({ transfer }) => transferAdjustments(transfer)))
  })
  const moves = recordStockMovesStep(transfer)
  return new WorkflowResponse(moves)
})
