import type { AdminLapasListResponse, AdminLapasResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { forbidden, resolveAdminAccess } from "../../utils/access"
import { adminLapas } from "../../../lib/lapas/views"
import { ListLapasQuerySchema } from "./validators"
import { lapasBankAccount, type CreateLapasWithBank } from "./bank-account"

/** National users list every lapas; a lapas user only their own. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const { limit, offset, q } = ListLapasQuerySchema.parse(req.query)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const filters: Record<string, unknown> = {}
  if (access.role !== "national") filters.id = access.lapasId
  if (q) filters.q = q
  const [lapas, count] = await lapasService.listAndCountLapas(filters, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
  })
  res.json({ lapas: lapas.map((l) => ({ ...adminLapas(l), ...lapasBankAccount(l) })), count, limit, offset } satisfies AdminLapasListResponse)
}

export async function POST(req: MedusaRequest<CreateLapasWithBank>, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  if (access.role !== "national") {
    throw forbidden("Only national users register a new lapas.")
  }
  const body = req.validatedBody as CreateLapasWithBank
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [existing] = await lapasService.listLapas({ handle: body.handle }, { select: ["id"] })
  if (existing) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `A lapas with handle "${body.handle}" already exists; choose another handle.`
    )
  }
  const lapas = await lapasService.createLapas(body)
  res.status(201).json({ lapas: { ...adminLapas(lapas), ...lapasBankAccount(lapas) } } satisfies AdminLapasResponse)
}
