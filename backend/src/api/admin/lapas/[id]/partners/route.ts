import type { AdminPartnerListResponse, AdminPartnerResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LAPAS_MODULE } from "../../../../../modules/lapas"
import type LapasModuleService from "../../../../../modules/lapas/service"
import { notFound, requireLapasInScope } from "../../../../utils/access"
import { adminPartner } from "../../../../../lib/lapas/views"
import type { CreatePartner } from "./validators"
import { createPartnerWorkflow } from "../../../../../workflows/lapas/create-lapas-partner"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  await requireLapasInScope(req, id)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const partners = await lapasService.listPartners(
    { lapas_id: id },
    { relations: ["agreements"], order: { name: "ASC" } }
  )
  res.json({ partners: partners.map((p) => adminPartner(p)) } satisfies AdminPartnerListResponse)
}

/** A partner and its agreement are recorded together or not at all. */
export async function POST(req: MedusaRequest<CreatePartner>, res: MedusaResponse) {
  const id = req.params.id
  await requireLapasInScope(req, id)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id }, { select: ["id"] })
  if (!lapas) {
    throw notFound("Lapas", id)
  }
  const { result } = await createPartnerWorkflow(req.scope).run({
    input: { lapas_id: id, ...(req.validatedBody as CreatePartner) },
  })
  const [partner] = await lapasService.listPartners({ id: result.id }, { relations: ["agreements"] })
  res.status(201).json({ partner: adminPartner(partner) } satisfies AdminPartnerResponse)
}
