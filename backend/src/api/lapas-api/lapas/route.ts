import type { LapasListResponse, LapasResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { lapasBankAccount } from "../../../lib/lapas/bank-account"
import { adminLapas } from "../../../lib/lapas/views"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { ALL_MEMBERS, memberRoute, NATIONAL_ONLY } from "../../utils/member-access"
import type { CreateLapas, ListLapasQuery } from "./validators"

/** National members list every lapas (search by name, filter by province and active); others only their own. */
export const GET = memberRoute<unknown, ListLapasQuery>(ALL_MEMBERS, async (req, res, member) => {
  const { limit, offset, q, province, is_active } = req.validatedQuery as unknown as ListLapasQuery
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const filters: Record<string, unknown> = {}
  if (member.role !== "national") filters.id = member.lapasId
  if (q) filters.q = q
  if (province) filters.province = province
  if (is_active) filters.is_active = is_active === "true"
  const [lapas, count] = await lapasService.listAndCountLapas(filters, {
    take: limit,
    skip: offset,
    order: { name: "ASC" },
  })
  res.json({
    lapas: lapas.map((l) => ({ ...adminLapas(l), ...lapasBankAccount(l) })),
    count,
    limit,
    offset,
  } satisfies LapasListResponse)
})

/**
 * National members register a lapas: its profile, satker code, PNBP target and bank account.
 * Like today's admin route this creates the lapas row only (its stock location, the location's
 * link and shipping options are set up separately).
 */
export const POST = memberRoute<CreateLapas>(NATIONAL_ONLY, async (req, res) => {
  const body = req.validatedBody as CreateLapas
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [existing] = await lapasService.listLapas({ handle: body.handle }, { select: ["id"] })
  if (existing) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      `A lapas with handle "${body.handle}" already exists; choose another handle.`
    )
  }
  const lapas = await lapasService.createLapas(body)
  res.status(201).json({ lapas: { ...adminLapas(lapas), ...lapasBankAccount(lapas) } } satisfies LapasResponse)
})
