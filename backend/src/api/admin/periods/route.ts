import type { ClosedPeriod, ClosedPeriodListResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { ClosedPeriodRow } from "../../../modules/profit-share/service"
import { parseQuery } from "../../utils/validation"
import { scopedLapas } from "../../utils/report-lapas"
import { ListPeriodsSchema } from "./validators"

export function adminClosedPeriod(row: ClosedPeriodRow): ClosedPeriod {
  return {
    id: row.id,
    lapas_id: row.lapas_id,
    month: row.month,
    start_at: new Date(row.start_at).toISOString(),
    end_at: new Date(row.end_at).toISOString(),
    closed_at: new Date(row.closed_at).toISOString(),
    closed_by: row.closed_by ?? null,
  }
}

/** Closed months, newest first: a finance user's own lapas's; national users all or one lapas's. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseQuery(req, ListPeriodsSchema)
  const lapas = await scopedLapas(req, query.lapas_id, true)
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const periods = await profitShare.listClosedPeriods(lapas ? { lapas_id: lapas.id } : {}, {
    order: { month: "DESC", lapas_id: "ASC" },
    take: null as any,
  })
  res.json({ closed_periods: periods.map((p: any) => adminClosedPeriod(p)) } satisfies ClosedPeriodListResponse)
}
