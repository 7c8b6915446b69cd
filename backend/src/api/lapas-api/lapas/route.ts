import type { LapasListResponse, LapasResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { lapasBankAccount } from "../../../lib/lapas/bank-account"
import { adminLapas } from "../../../lib/lapas/views"
import { ensureLapasShipping } from "../../../lib/shipping/provision"
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
 * The new lapas can sell and ship at once: ensureLapasShipping gives it a stock location in the
 * store's sales channel, its own shipping profile, free pickup at the lapas and the default
 * courier services priced by the reference tariff from its province (staff then edit them in
 * the panel's Pengiriman screen).
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
  await ensureLapasShipping(req.scope, lapas.id)
  res.status(201).json({ lapas: { ...adminLapas(lapas), ...lapasBankAccount(lapas) } } satisfies LapasResponse)
})
