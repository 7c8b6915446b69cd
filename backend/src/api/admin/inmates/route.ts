import type { InmateListResponse, InmateResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { resolveAdminAccess } from "../../utils/access"
import type { CreateInmate, ListInmatesQuery } from "./validators"
import { adminInmate } from "../../../lib/production/views"

/** Inmates by code; a lapas user sees only their own lapas's. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const { limit, offset, status, q, lapas_id } = (req as any).validatedQuery as ListInmatesQuery
  const filters: Record<string, unknown> = {}
  if (access.role !== "national") filters.lapas_id = access.lapasId
  else if (lapas_id) filters.lapas_id = lapas_id
  if (status) filters.status = status
  if (q) filters.q = q
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmates, count] = await production.listAndCountInmates(filters, {
    take: limit,
    skip: offset,
    order: { code: "ASC" },
  })
  res.json({ inmates: inmates.map((inmate) => adminInmate(inmate)), count, limit, offset } satisfies InmateListResponse)
}

export async function POST(req: MedusaRequest<CreateInmate>, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const { lapas_id: asked, ...body } = req.validatedBody as CreateInmate
  // Lapas staff always register inmates of their own lapas, whatever the body says.
  const lapasId = access.role === "national" ? asked : access.lapasId
  if (!lapasId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Every inmate belongs to one lapas: send lapas_id with the lapas's id."
    )
  }
  if (access.role === "national") {
    const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id"] })
    if (!lapas) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no lapas with id "${lapasId}".`)
    }
  }
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const duplicate = () =>
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `An inmate with code "${body.code}" is already registered in this lapas; choose another code.`
    )
  const [existing] = await production.listInmates({ lapas_id: lapasId, code: body.code }, { select: ["id"] })
  if (existing) {
    throw duplicate()
  }
  let inmate
  try {
    inmate = await production.createInmates({ ...body, lapas_id: lapasId })
  } catch (error) {
    if (/unique|already exists/i.test(String((error as Error)?.message))) throw duplicate()
    throw error
  }
  res.status(201).json({ inmate: adminInmate(inmate, { full: true }) } satisfies InmateResponse)
}
