import type { LapasProductionCostsResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { variantProductionCosts } from "../../../lib/production/costs"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { ALL_MEMBERS, lapasScopeOf, memberRoute, notInScope } from "../../utils/member-access"
import { productIdsOfLapas } from "../../../lib/lapas/links"
import type { LapasProductionCostsQuery } from "./validators"

/**
 * Every variant of one lapas's products with its average HPP, stock at the lapas and batches: what
 * the panel offers when a batch is recorded. Lapas members get their own lapas; national members
 * name one (lapas_id).
 */
export const GET = memberRoute<unknown, LapasProductionCostsQuery>(ALL_MEMBERS, async (req, res, member) => {
  const { lapas_id } = req.validatedQuery as LapasProductionCostsQuery
  const lapasId = lapasScopeOf(member, lapas_id)
  if (!lapasId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name the lapas whose production costs you want (lapas_id).")
  }
  if (member.role === "national") {
    const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [found] = await lapas.listLapas({ id: lapasId }, { select: ["id"] })
    if (!found) throw notInScope("Lapas", lapasId)
  }
  const variants = await variantProductionCosts(req.scope, lapasId, await productIdsOfLapas(req.scope, lapasId))
  res.json({ lapas_id: lapasId, variants } satisfies LapasProductionCostsResponse)
})
