import type { AdminLapasDetailResponse, AdminLapasResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE, LAPAS_UPDATED_EVENT } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { forbidden, notFound, requireLapasInScope } from "../../../utils/access"
import { adminLapas, adminPartner, lapasStaff } from "../../../../lib/lapas/views"
import { STAFF_EDITABLE_LAPAS_FIELDS } from "../validators"
import { assertCompleteBankAccount, lapasBankAccount, type UpdateLapasWithBank } from "../bank-account"

async function loadLapas(req: MedusaRequest, id: string) {
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id }, { relations: ["partners.agreements"] })
  if (!lapas) {
    throw notFound("Lapas", id)
  }
  return lapas
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const id = req.params.id
  await requireLapasInScope(req, id)
  const lapas = await loadLapas(req, id)
  res.json({
    lapas: {
      ...adminLapas(lapas),
      ...lapasBankAccount(lapas),
      partners: (lapas.partners ?? []).map((partner) => adminPartner(partner)),
      staff: await lapasStaff(req.scope, id),
    },
  } satisfies AdminLapasDetailResponse)
}

export async function POST(req: MedusaRequest<UpdateLapasWithBank>, res: MedusaResponse) {
  const id = req.params.id
  const access = await requireLapasInScope(req, id)
  const body = req.validatedBody as UpdateLapasWithBank
  if (access.role !== "national") {
    const reserved = Object.keys(body).filter(
      (field) => !(STAFF_EDITABLE_LAPAS_FIELDS as readonly string[]).includes(field)
    )
    if (reserved.length) {
      throw forbidden(
        `Lapas staff may change ${STAFF_EDITABLE_LAPAS_FIELDS.join(", ")}; ${reserved.join(", ")} are set by the national office.`
      )
    }
  }
  const current = await loadLapas(req, id)
  assertCompleteBankAccount({ ...lapasBankAccount(current), ...body })
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const lapas = await lapasService.updateLapas({ id, ...body })
  // The search index holds each product's lapas name and only products of active lapas.
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: LAPAS_UPDATED_EVENT, data: { id } })
  res.json({ lapas: { ...adminLapas(lapas), ...lapasBankAccount(lapas) } } satisfies AdminLapasResponse)
}
