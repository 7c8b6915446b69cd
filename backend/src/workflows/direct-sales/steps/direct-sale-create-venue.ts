import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"

export const createVenueStep = createStep(
  "direct-sale-create-venue",
  async (
    input: {
      lapas_id: string
      kind: "event"
      name: string
      place: string | null
      starts_on: string
      ends_on: string
      max_discount_bp: number
      stock_location_id: string
    },
    { container }
  ) => {
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    const venue = await service.createVenues(input)
    return new StepResponse(venue as any, venue.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DirectSaleModuleService = container.resolve(DIRECT_SALE_MODULE)
    await service.deleteVenues(id)
  }
)
