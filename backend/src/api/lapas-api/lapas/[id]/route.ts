import type { LapasDetailResponse, LapasResponse } from "@karya-binaan/contracts"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { assertCompleteBankAccount, lapasBankAccount, STAFF_EDITABLE_LAPAS_FIELDS } from "../../../../lib/lapas/bank-account"
import { lapasMemberSummaries } from "../../../../lib/lapas/member-admin"
import { adminLapas, adminPartner } from "../../../../lib/lapas/views"
import { LAPAS_MODULE, LAPAS_UPDATED_EVENT } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { ALL_MEMBERS, memberRoute, STAFF_AND_NATIONAL } from "../../../utils/member-access"
import { lapasInScope } from "../scope"
import type { UpdateLapas } from "../validators"

/** The lapas with its bank account, partners and agreements, and its members: its own members and national. */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const lapas = await lapasInScope(req.scope, member, req.params.id, ["partners.agreements"])
  res.json({
    lapas: {
      ...adminLapas(lapas),
      ...lapasBankAccount(lapas),
      partners: (lapas.partners ?? [])
        .slice()
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((partner) => adminPartner(partner)),
      members: await lapasMemberSummaries(req.scope, lapas.id),
    },
  } satisfies LapasDetailResponse)
})

/**
 * Staff of the lapas change its public profile (story, address, contacts, logo); national members
 * change everything, satker code, PNBP target and bank account included. Finance read only.
 */
export const POST = memberRoute<UpdateLapas>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as UpdateLapas
  const current = await lapasInScope(req.scope, member, req.params.id)
  if (member.role !== "national") {
    const reserved = Object.keys(body).filter(
      (field) => !(STAFF_EDITABLE_LAPAS_FIELDS as readonly string[]).includes(field)
    )
    if (reserved.length) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Lapas staff may change ${STAFF_EDITABLE_LAPAS_FIELDS.join(", ")}; ${reserved.join(", ")} are set by the national office.`
      )
    }
  }
  assertCompleteBankAccount({ ...lapasBankAccount(current), ...body })
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const lapas = await lapasService.updateLapas({ id: current.id, ...body })
  // The search index holds each product's lapas name and only products of active lapas.
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: LAPAS_UPDATED_EVENT, data: { id: current.id } })
  res.json({ lapas: { ...adminLapas(lapas), ...lapasBankAccount(lapas) } } satisfies LapasResponse)
})
