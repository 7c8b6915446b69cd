import type { VenueStockResponse } from "@karya-binaan/contracts"
import { venueStock } from "../../../../../lib/direct-sales/stock"
import { venueView } from "../../../../../lib/direct-sales/venues"
import { ALL_MEMBERS, memberRoute } from "../../../../utils/member-access"
import { venueInScope } from "../../scope"

/**
 * What the venue sells from: an event's own stock (negative where an offline sale sold more than
 * it held), or for the showroom, gate and cooperative the lapas's own location.
 */
export const GET = memberRoute<unknown, { lapas_id?: string }>(ALL_MEMBERS, async (req, res, member) => {
  const venue = await venueInScope(req.scope, member, req.params.id, (req.validatedQuery as any)?.lapas_id)
  res.json({ venue: venueView(venue), stock: await venueStock(req.scope, venue) } satisfies VenueStockResponse)
})
