import type { PremiInmatesResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import { PREMI_MODULE } from "../../../../modules/premi"
import type PremiModuleService from "../../../../modules/premi/service"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { PROFIT_SHARE_MODULE } from "../../../../modules/profit-share"
import type ProfitShareModuleService from "../../../../modules/profit-share/service"
import { FINANCE_AND_NATIONAL, lapasScopeOf, memberRoute } from "../../../utils/member-access"
import type { PremiInmatesQuery } from "./validators"

/**
 * Premi balances per inmate: earned (allocations), paid (payouts), outstanding. Finance sees their
 * own lapas (another lapas_id is 404); national members one lapas (lapas_id) or all. With one
 * lapas, `totals.booked` is the premi on the ledger and `totals.unallocated` what no maker got
 * (lines of variants that had no batch).
 */
export const GET = memberRoute<unknown, PremiInmatesQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as PremiInmatesQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const premi: PremiModuleService = req.scope.resolve(PREMI_MODULE)
  const filters: Record<string, unknown> = {}
  if (lapasId) filters.lapas_id = lapasId
  if (query.status) filters.status = query.status
  const inmates = await production.listInmates(filters, {
    select: ["id", "lapas_id", "code", "display_name", "status"],
    order: { lapas_id: "ASC", code: "ASC" },
  })
  const balances = await premi.balances(inmates.map((i) => i.id))
  let earned = 0n
  let paid = 0n
  const rows = inmates.map((inmate) => {
    const b = balances.get(inmate.id)!
    earned += b.earned
    paid += b.paid
    return {
      id: inmate.id,
      lapas_id: inmate.lapas_id,
      code: inmate.code,
      display_name: inmate.display_name ?? null,
      status: inmate.status,
      earned: rupiahToJson(b.earned),
      paid: rupiahToJson(b.paid),
      outstanding: rupiahToJson(b.outstanding),
    }
  })
  const totals: PremiInmatesResponse["totals"] = {
    earned: rupiahToJson(earned),
    paid: rupiahToJson(paid),
    outstanding: rupiahToJson(earned - paid),
    booked: null,
    unallocated: null,
  }
  if (lapasId) {
    const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
    const booked = (await profitShare.ledgerTotals({ lapas_id: lapasId, account: "premi" })).premi
    const allocated = await premi.allocatedTotal(lapasId)
    totals.booked = rupiahToJson(booked)
    totals.unallocated = rupiahToJson(booked - allocated)
  }
  res.json({ lapas_id: lapasId ?? null, inmates: rows, count: rows.length, totals } satisfies PremiInmatesResponse)
})
