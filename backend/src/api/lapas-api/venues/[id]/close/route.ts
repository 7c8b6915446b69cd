import type { CloseVenueResponse } from "@karya-binaan/contracts"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { planEventReturn, venueStockLockKey } from "../../../../../lib/direct-sales/stock"
import { venueView, type VenueRecord } from "../../../../../lib/direct-sales/venues"
import { closeEventVenueWorkflow } from "../../../../../workflows/direct-sales/close-event-venue"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../utils/member-access"
import { venueInScope } from "../../scope"

/**
 * Closes an event: every variant it still holds goes back to the lapas's own location (recorded
 * as moves) and it takes no new sales (sales made before the close and synced later are still
 * accepted). Events only: the showroom, gate and cooperative stand for as long as the lapas
 * sells, so they are not closed (a cashier simply stops using one). Closing twice is a 409.
 */
export const POST = memberRoute(LAPAS_STAFF_ONLY, async (req, res, member) => {
  await venueInScope(req.scope, member, req.params.id)
  const locking = req.scope.resolve(Modules.LOCKING)
  const result = await locking.execute(
    venueStockLockKey(req.params.id),
    async () => {
      const venue = await venueInScope(req.scope, member, req.params.id)
      if (venue.kind !== "event") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${venue.name}" is a standing venue of your lapas and is not closed; only events close (their stock returns).`
        )
      }
      if (venue.closed_at) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `The event "${venue.name}" is already closed; nothing was changed.`)
      }
      const { transfer, returned } = await planEventReturn(req.scope, { venue, moved_by: member.memberId })
      const { result: closed } = await closeEventVenueWorkflow(req.scope).run({
        input: { transfer, closed_at: new Date().toISOString() },
      })
      return { venue: closed as unknown as VenueRecord, returned }
    },
    { timeout: 60 }
  )
  res.json({ venue: venueView(result.venue), returned: result.returned } satisfies CloseVenueResponse)
})
