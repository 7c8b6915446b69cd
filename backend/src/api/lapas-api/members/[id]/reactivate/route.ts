import type { ManagedMemberResponse } from "@karya-binaan/contracts"
import { managedMember } from "../../../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../../../modules/lapas"
import type LapasModuleService from "../../../../../modules/lapas/service"
import { memberRoute, NATIONAL_ONLY } from "../../../../utils/member-access"
import { memberRow } from "../../scope"

/**
 * Lets a deactivated member in again with their old password. One who never accepted the
 * invitation is "invited" again and needs a new link (POST …/invite).
 */
export const POST = memberRoute(NATIONAL_ONLY, async (req, res) => {
  const row = await memberRow(req.scope, req.params.id)
  if (row.deactivated_at) {
    const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    await lapasService.updateLapasMembers({ id: row.id, deactivated_at: null })
  }
  res.json({ member: await managedMember(req.scope, row.id) } satisfies ManagedMemberResponse)
})
