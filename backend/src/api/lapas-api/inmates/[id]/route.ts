import type { InmateResponse } from "@karya-binaan/contracts"
import { adminInmate } from "../../../../lib/production/views"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, memberRoute } from "../../../utils/member-access"
import { requireInmateInScope } from "../../../utils/production-scope"
import type { UpdateInmate } from "../validators"

/** One inmate of the caller's lapas (national: any), with story and consent. */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const inmate = await requireInmateInScope(req.scope, member, req.params.id)
  res.json({ inmate: adminInmate(inmate, { full: true }) } satisfies InmateResponse)
})

/** Lapas staff change the display name, story, consent or status; the code and lapas stay. */
export const POST = memberRoute<UpdateInmate>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const inmate = await requireInmateInScope(req.scope, member, req.params.id)
  const body = req.validatedBody as UpdateInmate
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const updated = await production.updateInmates({ id: inmate.id, ...body })
  res.json({ inmate: adminInmate(updated, { full: true }) } satisfies InmateResponse)
})
