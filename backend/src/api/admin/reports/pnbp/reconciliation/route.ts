import type { PnbpReconciliationResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rupiahToJson } from "@karya-binaan/shares"
import { PROFIT_SHARE_MODULE } from "../../../../../modules/profit-share"
import { dayIn } from "../../../../../modules/profit-share/reports/period"
import type ProfitShareModuleService from "../../../../../modules/profit-share/service"
import { allReportLapas, scopedLapas } from "../../../../utils/report-lapas"
import { parseQuery } from "../../../../utils/validation"
import { ReconciliationQuerySchema } from "../validators"

function monthsBefore(month: string, n: number) {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

/**
 * PNBP reconciliation per lapas and month (each lapas's own zone): booked, deposited (deposits
 * attributed by the period they pay for: the month their period ends in), outstanding
 * (negative = over-deposited, flagged), closed, and corrections booked after the month on its
 * sales (for a closed month: the corrections after close).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseQuery(req, ReconciliationQuerySchema)
  const lapas = await scopedLapas(req, query.lapas_id, true)
  const all = lapas ? [lapas] : await allReportLapas(req)
  const to = query.to ?? dayIn(new Date(), lapas?.time_zone ?? "Asia/Jakarta").slice(0, 7)
  const from = query.from ?? monthsBefore(to, 11)
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const rows = await profitShare.reconcilePnbpByMonth(all, from, to)
  const total = rows.reduce(
    (sum, r) => ({ booked: sum.booked + r.booked, deposited: sum.deposited + r.deposited }),
    { booked: 0n, deposited: 0n }
  )
  res.json({
    lapas_id: lapas?.id ?? null,
    from,
    to,
    months: rows.map((r) => ({
      lapas_id: r.lapas_id,
      handle: r.handle,
      month: r.month,
      from: r.from,
      to: r.to,
      booked: rupiahToJson(r.booked),
      deposited: rupiahToJson(r.deposited),
      outstanding: rupiahToJson(r.outstanding),
      over_deposited: r.over_deposited,
      closed: r.closed,
      closed_at: r.closed_at ? r.closed_at.toISOString() : null,
      corrections_after_close: rupiahToJson(r.corrections_after_close),
      corrections_after_close_count: r.corrections_after_close_count,
    })),
    totals: {
      booked: rupiahToJson(total.booked),
      deposited: rupiahToJson(total.deposited),
      outstanding: rupiahToJson(total.booked - total.deposited),
      over_deposited: total.booked - total.deposited < 0n,
    },
  } satisfies PnbpReconciliationResponse)
}
