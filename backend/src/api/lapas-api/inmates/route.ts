import type { InmateListResponse, InmateResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { adminInmate } from "../../../lib/production/views"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, lapasScopeOf, memberRoute } from "../../utils/member-access"
import type { CreateInmate, ListInmatesQuery } from "./validators"

/** Inmates by code: a lapas member's own lapas's; a national member's of one lapas or all. */
export const GET = memberRoute<unknown, ListInmatesQuery>(ALL_MEMBERS, async (req, res, member) => {
  const { limit, offset, status, q, lapas_id } = req.validatedQuery as ListInmatesQuery
  const lapasId = lapasScopeOf(member, lapas_id)
  const filters: Record<string, unknown> = {}
  if (lapasId) filters.lapas_id = lapasId
  if (status) filters.status = status
  if (q) filters.q = q
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmates, count] = await production.listAndCountInmates(filters, {
    take: limit,
    skip: offset,
    order: { code: "ASC" },
  })
  res.json({ inmates: inmates.map((inmate) => adminInmate(inmate)), count, limit, offset } satisfies InmateListResponse)
})

/** Lapas staff register an inmate of their own lapas under a pseudonymous code unique in the lapas. */
export const POST = memberRoute<CreateInmate>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const body = req.validatedBody as CreateInmate
  const lapasId = member.lapasId!
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
})
