import type { IndicatorsResponse } from "@karya-binaan/contracts"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { IndicatorLapas } from "../../../lib/indicators/figures"
import { INDICATOR_LAPAS_FIELDS, indicatorLapas, indicatorsResponse } from "../../../lib/indicators/response"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { FINANCE_AND_NATIONAL, lapasScopeOf, memberRoute, notInScope } from "../../utils/member-access"
import type { IndicatorQuery } from "./validators"

/**
 * The indicator dashboard of one lapas, or of every lapas rolled up (national without lapas_id),
 * over a calendar year: revenue, profit, premi earned and paid, PNBP booked and deposited against
 * the yearly target, inmates who earned premi, by month, and the best sellers. Finance see their
 * own lapas (another lapas_id is a 404); lapas staff are refused.
 */
export const GET = memberRoute<unknown, IndicatorQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as IndicatorQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  let single: IndicatorLapas | null = null
  let scope: IndicatorLapas[]
  if (lapasId) {
    const [row] = await lapasService.listLapas({ id: lapasId }, { select: INDICATOR_LAPAS_FIELDS })
    if (!row) throw notInScope("Lapas", lapasId)
    single = indicatorLapas(row)
    scope = [single]
  } else {
    scope = (await lapasService.listLapas({}, { select: INDICATOR_LAPAS_FIELDS, order: { handle: "ASC" } })).map(indicatorLapas)
  }
  const sql = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.json((await indicatorsResponse(sql, single, scope, query.year)) satisfies IndicatorsResponse)
})
