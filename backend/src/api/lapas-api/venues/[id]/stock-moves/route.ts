import type { VenueStockMoveRequest, VenueStockResponse } from "@karya-binaan/contracts"
import { Modules } from "@medusajs/framework/utils"
import { planStockMove, venueStock, venueStockLockKey } from "../../../../../lib/direct-sales/stock"
import { venueView } from "../../../../../lib/direct-sales/venues"
import { moveVenueStockWorkflow } from "../../../../../workflows/direct-sales/move-venue-stock"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../utils/member-access"
import { venueInScope } from "../../scope"

/**
 * Moves units from the lapas's own location to an open event (`to_venue`) or back
 * (`from_venue`): never more than the source has available (400 naming the line), every line
 * recorded as a move. Events only.
 */
export const POST = memberRoute<VenueStockMoveRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  await venueInScope(req.scope, member, req.params.id)
  const locking = req.scope.resolve(Modules.LOCKING)
  const venue = await locking.execute(
    venueStockLockKey(req.params.id),
    async () => {
      // Read again under the lock: a close may have finished meanwhile.
      const venue = await venueInScope(req.scope, member, req.params.id)
      const transfer = await planStockMove(req.scope, {
        venue,
        moved_by: member.memberId,
        request: req.validatedBody as VenueStockMoveRequest,
      })
      await moveVenueStockWorkflow(req.scope).run({ input: transfer })
      return venue
    },
    { timeout: 60 }
  )
  res.json({ venue: venueView(venue), stock: await venueStock(req.scope, venue) } satisfies VenueStockResponse)
})
