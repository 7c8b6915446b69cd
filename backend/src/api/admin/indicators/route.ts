import type { IndicatorsResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { asTimeZone, dayIn } from "../../../modules/profit-share/reports/period"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import { notFound, resolveAdminAccess } from "../../utils/access"
import { parseQuery } from "../../utils/validation"
import { indicatorsOf, type IndicatorLapas } from "../../../lib/indicators/figures"
import { IndicatorQuerySchema } from "./validators"

const LAPAS_FIELDS = ["id", "name", "handle", "time_zone", "pnbp_target_yearly"]

function indicatorLapas(row: Record<string, any>): IndicatorLapas {
  return {
    id: row.id,
    name: row.name,
    handle: row.handle,
    time_zone: asTimeZone(row.time_zone),
    pnbp_target_yearly: toRupiahBigInt(row.raw_pnbp_target_yearly ?? row.pnbp_target_yearly ?? 0),
  }
}

/**
 * The indicator dashboard of one lapas, or of every lapas rolled up (national users without
 * lapas_id), over a calendar year: revenue, profit, premi earned and paid, PNBP booked and
 * deposited against the yearly target, inmates who earned premi, by month, and the best sellers.
 * Finance users get their own lapas whatever lapas_id says (the guard answers 404 for another).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const query = parseQuery(req, IndicatorQuerySchema)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)

  const lapasId = access.role === "national" ? query.lapas_id : access.lapasId
  if (access.role !== "national" && query.lapas_id && query.lapas_id !== access.lapasId) {
    throw notFound("Lapas", query.lapas_id)
  }
  let single: IndicatorLapas | null = null
  let scope: IndicatorLapas[]
  if (lapasId) {
    const [row] = await lapasService.listLapas({ id: lapasId }, { select: LAPAS_FIELDS })
    if (!row) throw notFound("Lapas", lapasId)
    single = indicatorLapas(row)
    scope = [single]
  } else {
    scope = (await lapasService.listLapas({}, { select: LAPAS_FIELDS, order: { handle: "ASC" } })).map(indicatorLapas)
  }
  const year = query.year ?? Number(dayIn(new Date(), single?.time_zone ?? "Asia/Jakarta").slice(0, 4))

  const sql = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const figures = await indicatorsOf(sql, scope, year)
  const t = figures.totals
  res.json({
    lapas: single ? { id: single.id, name: single.name, handle: single.handle, time_zone: single.time_zone } : null,
    year,
    totals: {
      revenue: rupiahToJson(t.revenue),
      profit: rupiahToJson(t.profit),
      premi_earned: rupiahToJson(t.premi_earned),
      premi_paid: rupiahToJson(t.premi_paid),
      pnbp_booked: rupiahToJson(t.pnbp_booked),
      pnbp_deposited: rupiahToJson(t.pnbp_deposited),
      pnbp_target: rupiahToJson(t.pnbp_target),
      pnbp_target_progress_bp: t.pnbp_target_progress_bp,
      inmates_earning: t.inmates_earning,
    },
    by_month: figures.by_month.map((m) => ({
      month: m.month,
      revenue: rupiahToJson(m.revenue),
      profit: rupiahToJson(m.profit),
      premi_earned: rupiahToJson(m.premi_earned),
      premi_paid: rupiahToJson(m.premi_paid),
      pnbp_booked: rupiahToJson(m.pnbp_booked),
      pnbp_deposited: rupiahToJson(m.pnbp_deposited),
    })),
    best_sellers: figures.best_sellers.map((b) => ({
      product_id: b.product_id,
      title: b.title,
      lapas_name: b.lapas_name,
      quantity: b.quantity,
      revenue: rupiahToJson(b.revenue),
    })),
  } satisfies IndicatorsResponse)
}
