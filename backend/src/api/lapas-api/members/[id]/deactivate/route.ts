import type { ManagedMemberResponse } from "@karya-binaan/contracts"
import { managedMember } from "../../../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../../../modules/lapas"
import type LapasModuleService from "../../../../../modules/lapas/service"
import { memberRoute, NATIONAL_ONLY } from "../../../../utils/member-access"
import { memberRow, refuseSelf } from "../../scope"

/**
 * Stops a member at once: their token and password are refused from the next request on, and an
 * open invitation is voided. Idempotent (a deactivated member keeps the first date).
 */
export const POST = memberRoute(NATIONAL_ONLY, async (req, res, caller) => {
  const row = await memberRow(req.scope, req.params.id)
  refuseSelf(caller, row.id, "deactivate")
  if (!row.deactivated_at) {
    const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    await lapasService.updateLapasMembers({
      id: row.id,
      deactivated_at: new Date(),
      invite_token_hash: null,
      invite_expires_at: null,
    })
  }
  res.json({ member: await managedMember(req.scope, row.id) } satisfies ManagedMemberResponse)
})
