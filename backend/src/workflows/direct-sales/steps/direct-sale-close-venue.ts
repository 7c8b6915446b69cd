import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"

/** Marks a venue closed (no new sales after this instant, no stock moves); undone by reopening it. */
export const closeVenueStep = createStep(
  "direct-sale-close-venue",
  async (input: { venue_id: string; closed_at: string }, { container }) => {
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    const venue = await service.updateVenues({ id: input.venue_id, closed_at: new Date(input.closed_at) })
    return new StepResponse(venue as any, input.venue_id)
  },
  async (venueId, { container }) => {
    if (!venueId) return
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    await service.updateVenues({ id: venueId, closed_at: null })
  }
)
