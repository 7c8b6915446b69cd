import type { SearchDemandResponse } from "@karya-binaan/contracts"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demandPeriod, NATIONAL_TIME_ZONE } from "../../../lib/search-demand/period"
import { demandReport } from "../../../lib/search-demand/report"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { asTimeZone } from "../../../modules/profit-share/reports/period"
import { memberRoute, NATIONAL_ONLY, notInScope } from "../../utils/member-access"
import type { SearchDemandQuery } from "./validators"

/**
 * What buyers searched for and did not find (no result, or nothing opened or put in the cart from
 * the results), spellings grouped under their corrected form, over a period of whole days: without lapas_id every
 * search nationally (days in WIB), with lapas_id the searches made with that lapas as filter
 * (days in the lapas's own zone). National members only.
 */
export const GET = memberRoute<unknown, SearchDemandQuery>(NATIONAL_ONLY, async (req, res) => {
  const query = req.validatedQuery as unknown as SearchDemandQuery

  let lapas: { id: string; name: string; handle: string } | null = null
  let timeZone = NATIONAL_TIME_ZONE
  if (query.lapas_id) {
    const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [row] = await lapasService.listLapas(
      { id: query.lapas_id },
      { select: ["id", "name", "handle", "time_zone"] }
    )
    if (!row) throw notInScope("Lapas", query.lapas_id)
    lapas = { id: row.id, name: row.name, handle: row.handle }
    timeZone = asTimeZone(row.time_zone)
  }
  const { from, to } = demandPeriod(query, timeZone)

  const sql = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const report = await demandReport(
    sql,
    { lapasId: lapas?.id ?? null, from, to, timeZone },
    { limit: query.limit }
  )
  res.json({
    lapas,
    period: { from, to, time_zone: timeZone },
    ...report,
  } satisfies SearchDemandResponse)
})
