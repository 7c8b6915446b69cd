import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import type { VenueStockTransfer } from "../../lib/direct-sales/stock"
import { transferAdjustments } from "./move-venue-stock"
import { closeVenueStep } from "./steps/direct-sale-close-venue"
import { ensureStockLevelsStep } from "./steps/direct-sale-ensure-stock-levels"
import { recordStockMovesStep } from "./steps/direct-sale-record-stock-moves"

export interface CloseEventVenueInput {
  /** The event's remaining positive stock back to the lapas's location (lib/direct-sales/stock planEventReturn). */
  transfer: VenueStockTransfer
  closed_at: string
}

/**
 * Closes an event in one go: what it still holds goes back to the lapas's location (levels made
 * where missing, adjusted, each line recorded as a move) and the venue is marked closed. Any
 * failure undoes it all: the event stays open with its stock.
 */
export const closeEventVenueWorkflow = createWorkflow("close-event-venue", (input: CloseEventVenueInput) => {
  ensureStockLevelsStep(
    transform({ input }, ({ input }) => ({
      location_id: input.transfer.to_location_id,
      inventory_item_ids: input.transfer.lines.map((line) => line.inventory_item_id),
    }))
  )
  when("event-close-returns-stock", { input }, ({ input }) => input.transfer.lines.length > 0).then(() => {
    adjustInventoryLevelsStep(transform({ input }, ({ input }) => transferAdjustments(input.transfer)))
  })
  recordStockMovesStep(transform({ input }, ({ input }) => input.transfer))
  const venue = closeVenueStep(transform({ input }, ({ input }) => ({ venue_id: input.transfer.venue_id, closed_at: input.closed_at })))
  return new WorkflowResponse(venue)
})
