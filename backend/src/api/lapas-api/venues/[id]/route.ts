import type { UpdateVenueRequest, VenueResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { eventLocationName, venueView, type VenueRecord } from "../../../../lib/direct-sales/venues"
import { DIRECT_SALE_MODULE } from "../../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../../modules/direct-sale/service"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../utils/member-access"
import { venueInScope } from "../scope"

/**
 * Renames a venue, sets its place or the largest discount a cashier may give there. Any venue of
 * the lapas, standing or event, while it is open; an event's stock location is renamed with it.
 */
export const POST = memberRoute<UpdateVenueRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const body = req.validatedBody as UpdateVenueRequest
  const venue = await venueInScope(req.scope, member, req.params.id)
  if (venue.closed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The event "${venue.name}" is closed; a closed event is kept as it was.`)
  }
  const service: DirectSaleModuleService = req.scope.resolve(DIRECT_SALE_MODULE)
  const update: Record<string, unknown> = { id: venue.id }
  if (body.name !== undefined) update.name = body.name
  if (body.place !== undefined) update.place = body.place || null
  if (body.max_discount_bp !== undefined) update.max_discount_bp = body.max_discount_bp
  const updated = (await service.updateVenues(update as any)) as unknown as VenueRecord
  if (venue.stock_location_id && body.name !== undefined && body.name !== venue.name) {
    const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [own] = await lapas.listLapas({ id: venue.lapas_id }, { select: ["id", "name"] })
    await updateStockLocationsWorkflow(req.scope).run({
      input: { selector: { id: venue.stock_location_id }, update: { name: eventLocationName(body.name, (own as any)?.name ?? "") } },
    })
  }
  res.json({ venue: venueView(updated) } satisfies VenueResponse)
})
