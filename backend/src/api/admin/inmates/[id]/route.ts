import type { InmateResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { notFound, resolveAdminAccess } from "../../../utils/access"
import type { UpdateInmate } from "../validators"
import { adminInmate } from "../../../../lib/production/views"

async function loadInmate(req: MedusaRequest, id: string) {
  const access = await resolveAdminAccess(req)
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const filters: Record<string, unknown> = { id }
  if (access.role !== "national") filters.lapas_id = access.lapasId
  const [inmate] = await production.listInmates(filters)
  if (!inmate) {
    throw notFound("Inmate", id)
  }
  return inmate
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const inmate = await loadInmate(req, req.params.id)
  res.json({ inmate: adminInmate(inmate, { full: true }) } satisfies InmateResponse)
}

/** Changes the display name, story, consent or status; the code and lapas stay as registered. */
export async function POST(req: MedusaRequest<UpdateInmate>, res: MedusaResponse) {
  const inmate = await loadInmate(req, req.params.id)
  const body = req.validatedBody as UpdateInmate
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const updated = await production.updateInmates({ id: inmate.id, ...body })
  res.json({ inmate: adminInmate(updated, { full: true }) } satisfies InmateResponse)
}
