import type { CashClosingPreview } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { cashClosingPreview, lapasToday } from "../../../../lib/direct-sales/closing"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { ALL_MEMBERS, memberRoute, notInScope } from "../../../utils/member-access"
import { venueInScope } from "../../venues/scope"
import type { CashClosingPreviewQuery } from "../validators"

/**
 * One cashier's day at a venue before (or after) closing: the non-voided sales, the totals per
 * payment method, the closing if made, and the sales synced after it. Staff see their own till;
 * finance and national name the cashier (a member of the venue's lapas).
 */
export const GET = memberRoute<unknown, CashClosingPreviewQuery>(ALL_MEMBERS, async (req, res, member) => {
  const query = req.validatedQuery as unknown as CashClosingPreviewQuery
  const venue = await venueInScope(req.scope, member, query.venue_id, query.lapas_id)
  let cashierId: string
  if (member.role === "lapas_staff") {
    if (query.cashier_id && query.cashier_id !== "me" && query.cashier_id !== member.memberId) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Staff see their own till only; finance sees every cashier's.")
    }
    cashierId = member.memberId
  } else {
    if (!query.cashier_id || query.cashier_id === "me") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name the cashier whose till to see (cashier_id).")
    }
    cashierId = query.cashier_id
  }
  const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [cashier] = await lapas.listLapasMembers({ id: cashierId, lapas_id: venue.lapas_id } as any, { select: ["id", "name"] })
  if (!cashier) throw notInScope("Cashier", cashierId)
  const preview = await cashClosingPreview(req.scope, {
    venue,
    cashier: { id: cashier.id, name: (cashier as any).name ?? "" },
    business_date: query.business_date ?? (await lapasToday(req.scope, venue.lapas_id)),
  })
  res.json(preview satisfies CashClosingPreview)
})
