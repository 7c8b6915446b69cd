import type { CreateEventVenueRequest, ListVenuesResponse, VenueResponse } from "@karya-binaan/contracts"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { createEventVenueWorkflow } from "../../../workflows/direct-sales/create-event-venue"
import { DIRECT_SALE_MODULE } from "../../../modules/direct-sale"
import type DirectSaleModuleService from "../../../modules/direct-sale/service"
import { eventLocationName, venuesOfLapas, venueView, type VenueRecord } from "../../../lib/direct-sales/venues"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, lapasScopeOf, memberRoute } from "../../utils/member-access"

/** The lapas's venues: its showroom, gate and cooperative (made on first use) and its events. */
export const GET = memberRoute<unknown, { lapas_id?: string }>(ALL_MEMBERS, async (req, res, member) => {
  const lapasId = lapasScopeOf(member, (req.validatedQuery as any)?.lapas_id)
  let venues: VenueRecord[]
  if (lapasId) {
    venues = await venuesOfLapas(req.scope, lapasId)
  } else {
    const service: DirectSaleModuleService = req.scope.resolve(DIRECT_SALE_MODULE)
    venues = (await service.listVenues({}, { take: null as any })) as unknown as VenueRecord[]
  }
  res.json({ venues: venues.map(venueView) } satisfies ListVenuesResponse)
})

/** Registers an event (pameran, bazaar, Temu Bisnis) with its own stock location. */
export const POST = memberRoute<CreateEventVenueRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const body = req.validatedBody as Required<CreateEventVenueRequest>
  const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [own] = await lapas.listLapas({ id: member.lapasId! }, { select: ["id", "name"] })
  const { result } = await createEventVenueWorkflow(req.scope).run({
    input: {
      lapas_id: member.lapasId!,
      lapas_name: (own as any)?.name ?? "",
      name: body.name,
      place: body.place ?? null,
      starts_on: body.starts_on,
      ends_on: body.ends_on,
      max_discount_bp: body.max_discount_bp ?? 0,
      location_name: eventLocationName(body.name, (own as any)?.name ?? ""),
    },
  })
  res.status(201).json({ venue: venueView(result as unknown as VenueRecord) } satisfies VenueResponse)
})
