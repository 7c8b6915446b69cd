import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import type { VenueStockTransfer } from "../../../lib/direct-sales/stock"

/** Records each line of a stock move (VenueStockMove); undone by deleting the records. */
export const recordStockMovesStep = createStep(
  "direct-sale-record-stock-moves",
  async (transfer: VenueStockTransfer, { container }) => {
    if (!transfer.lines.length) return new StepResponse([] as string[], [] as string[])
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    const moves = await service.createVenueStockMoves(
      transfer.lines.map((line) => ({
        lapas_id: transfer.lapas_id,
        venue_id: transfer.venue_id,
        variant_id: line.variant_id,
        direction: transfer.direction,
        quantity: line.quantity,
        moved_by: transfer.moved_by,
      }))
    )
    const ids = moves.map((move) => move.id as string)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    await service.deleteVenueStockMoves(ids)
  }
)
