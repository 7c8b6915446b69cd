import type { SearchDemandResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import {
  asTimeZone,
  dayIn,
  daysInPeriod,
  shiftDay,
  type ReportTimeZone,
} from "../../../../modules/profit-share/reports/period"
import { notFound, resolveAdminAccess } from "../../../utils/access"
import { parseQuery } from "../../../utils/validation"
import { demandReport } from "../../../../lib/search-demand/report"
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS, SearchDemandQuerySchema } from "./validators"

/** National reports count days in WIB, the time zone of Jakarta and of most lapas. */
export const NATIONAL_TIME_ZONE: ReportTimeZone = "Asia/Jakarta"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * What buyers searched for and did not find, over a period of whole days: without lapas_id every
 * search nationally (days in WIB), with lapas_id the searches made with that lapas as filter
 * (days in the lapas's own zone). National users see any lapas; lapas staff and finance see the
 * national figures and their own lapas's (another lapas answers 404, as everywhere in the admin).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const query = parseQuery(req, SearchDemandQuerySchema)

  let lapas: { id: string; name: string; handle: string } | null = null
  let timeZone = NATIONAL_TIME_ZONE
  if (query.lapas_id) {
    if (access.role !== "national" && query.lapas_id !== access.lapasId) {
      throw notFound("Lapas", query.lapas_id)
    }
    const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [row] = await lapasService.listLapas(
      { id: query.lapas_id },
      { select: ["id", "name", "handle", "time_zone"] }
    )
    if (!row) throw notFound("Lapas", query.lapas_id)
    lapas = { id: row.id, name: row.name, handle: row.handle }
    timeZone = asTimeZone(row.time_zone)
  }

  const today = dayIn(new Date(), timeZone)
  const to = query.to ?? today
  const from = query.from ?? shiftDay(to, -(DEFAULT_PERIOD_DAYS - 1))
  if (from > to) {
    throw invalid(
      `to: the period runs backwards: from (${from}) must be on or before to (${to}${query.to ? "" : ", today"})`
    )
  }
  if (daysInPeriod(from, to) > MAX_PERIOD_DAYS) {
    throw invalid(
      `to: a report covers at most ${MAX_PERIOD_DAYS} days and ${from} to ${to} is ${daysInPeriod(from, to)}; ask for a shorter period`
    )
  }

  const sql = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const report = await demandReport(
    sql,
    { lapasId: lapas?.id ?? null, from, to, timeZone },
    { few: query.few, limit: query.limit }
  )
  res.json({
    lapas,
    period: { from, to, time_zone: timeZone },
    few: query.few,
    ...report,
  } satisfies SearchDemandResponse)
}
