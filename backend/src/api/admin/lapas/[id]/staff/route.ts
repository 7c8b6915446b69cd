import type { AddStaffResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createInvitesWorkflow } from "@medusajs/medusa/core-flows"
import LapasUserLink from "../../../../../links/lapas-user"
import { LAPAS_MODULE } from "../../../../../modules/lapas"
import type LapasModuleService from "../../../../../modules/lapas/service"
import { forbidden, notFound, resolveAdminAccess, STAFF_INVITE_METADATA } from "../../../../utils/access"
import type { AddStaff } from "./validators"

/**
 * National only: attach an existing admin user to this lapas with a role, or invite a new
 * one (the role applies from the invited user's first request).
 */
export async function POST(req: MedusaRequest<AddStaff>, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  if (access.role !== "national") {
    throw forbidden("Only national users assign staff to a lapas.")
  }
  const lapasId = req.params.id
  const body = req.validatedBody as AddStaff
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id", "name"] })
  if (!lapas) {
    throw notFound("Lapas", lapasId)
  }

  const users = req.scope.resolve(Modules.USER)
  const [user] = await users.listUsers({ email: body.email })
  if (!user) {
    const { result } = await createInvitesWorkflow(req.scope).run({
      input: {
        invites: [
          {
            email: body.email,
            metadata: { [STAFF_INVITE_METADATA]: { lapas_id: lapasId, role: body.role } },
          },
        ],
      },
    })
    res.status(201).json({
      staff: { id: null, email: body.email, first_name: body.first_name ?? null, last_name: body.last_name ?? null, role: body.role, pending: true },
      invite_token: result[0].token,
    } satisfies AddStaffResponse)
    return
  }

  if (user.id === access.userId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "You cannot assign yourself to a lapas; ask another national user."
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasUserLink.entryPoint,
    fields: ["lapas_id", "role"],
    filters: { user_id: user.id },
  })
  const current = data[0] as { lapas_id: string; role: string } | undefined
  if (current && current.lapas_id !== lapasId) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `${body.email} already works for another lapas; remove them there first.`
    )
  }
  const link = req.scope.resolve(ContainerRegistrationKeys.LINK)
  const pair = { [LAPAS_MODULE]: { lapas_id: lapasId }, [Modules.USER]: { user_id: user.id } }
  if (current && current.role !== body.role) {
    await link.dismiss(pair)
  }
  if (!current || current.role !== body.role) {
    await link.create({ ...pair, data: { role: body.role } })
  }
  res.json({
    staff: {
      id: user.id,
      email: user.email,
      first_name: user.first_name ?? null,
      last_name: user.last_name ?? null,
      role: body.role,
      pending: false,
    },
  } satisfies AddStaffResponse)
}
