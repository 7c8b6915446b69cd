import type { ClosedPeriodListResponse } from "@karya-binaan/contracts"
import { closedPeriodView } from "../../../lib/finance/views"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { financeLapas } from "../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../utils/member-access"
import type { ListPeriods } from "./validators"

/** Closed months, newest first: finance their own lapas's; national every lapas's or `lapas_id`'s. */
export const GET = memberRoute<unknown, ListPeriods>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ListPeriods
  const lapas = await financeLapas(req.scope, member, query.lapas_id, true)
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const periods = await profitShare.listClosedPeriods(lapas ? { lapas_id: lapas.id } : {}, {
    order: { month: "DESC", lapas_id: "ASC" },
    take: null as any,
  })
  res.json({ closed_periods: periods.map((p: any) => closedPeriodView(p)) } satisfies ClosedPeriodListResponse)
})
