import type { ManagedMemberResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { managedMember } from "../../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { memberRoute, NATIONAL_ONLY } from "../../../utils/member-access"
import { memberRow, refuseSelf, requireLapasExists } from "../scope"
import type { UpdateMember } from "../validators"

/** One member. */
export const GET = memberRoute(NATIONAL_ONLY, async (req, res) => {
  const row = await memberRow(req.scope, req.params.id)
  res.json({ member: await managedMember(req.scope, row.id) } satisfies ManagedMemberResponse)
})

/**
 * Renames a member or moves them to another role or lapas. Staff and finance keep one lapas; a
 * national member none. Effective on their next request (the role is read per request).
 */
export const POST = memberRoute<UpdateMember>(NATIONAL_ONLY, async (req, res, caller) => {
  const body = req.validatedBody as UpdateMember
  const row = await memberRow(req.scope, req.params.id)
  if (body.lapas_id) await requireLapasExists(req.scope, body.lapas_id)
  if (body.role !== undefined || body.lapas_id !== undefined) refuseSelf(caller, row.id, "change the role or lapas of")
  const role = body.role ?? row.role
  let lapasId = body.lapas_id !== undefined ? body.lapas_id : row.lapas_id
  if (role === "national") {
    if (body.lapas_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "lapas_id: a national member works for no single lapas; leave lapas_id out.")
    }
    lapasId = null
  } else if (!lapasId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `lapas_id: a ${role} member works for one lapas; name it in lapas_id.`)
  }
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  await lapasService.updateLapasMembers({
    id: row.id,
    ...(body.name ? { name: body.name } : {}),
    role: role as "lapas_staff" | "finance" | "national",
    lapas_id: lapasId,
  })
  res.json({ member: await managedMember(req.scope, row.id) } satisfies ManagedMemberResponse)
})
