import type { PartnerListResponse, PartnerResponse } from "@karya-binaan/contracts"
import { adminPartner } from "../../../../../lib/lapas/views"
import { LAPAS_MODULE } from "../../../../../modules/lapas"
import type LapasModuleService from "../../../../../modules/lapas/service"
import { createPartnerWorkflow } from "../../../../../workflows/lapas/create-lapas-partner"
import { ALL_MEMBERS, memberRoute, STAFF_AND_NATIONAL } from "../../../../utils/member-access"
import { lapasInScope } from "../../scope"
import type { CreatePartner } from "../../validators"

/** The lapas's partners (mitra) with their agreements: its own members and national. */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const lapas = await lapasInScope(req.scope, member, req.params.id)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const partners = await lapasService.listPartners(
    { lapas_id: lapas.id },
    { relations: ["agreements"], order: { name: "ASC" } }
  )
  res.json({ partners: partners.map((p) => adminPartner(p)) } satisfies PartnerListResponse)
})

/** A partner and its first agreement, recorded together or not at all: staff of the lapas and national. */
export const POST = memberRoute<CreatePartner>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const lapas = await lapasInScope(req.scope, member, req.params.id)
  const { result } = await createPartnerWorkflow(req.scope).run({
    input: { lapas_id: lapas.id, ...(req.validatedBody as CreatePartner) },
  })
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [partner] = await lapasService.listPartners({ id: result.id }, { relations: ["agreements"] })
  res.status(201).json({ partner: adminPartner(partner) } satisfies PartnerResponse)
})
