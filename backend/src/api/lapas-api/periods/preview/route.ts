import type { ClosePeriodBlocker, ClosePeriodPreviewResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import { PROFIT_SHARE_MODULE } from "../../../../modules/profit-share"
import { closeInOrderMessage, openMonthsBefore } from "../../../../modules/profit-share/corrections"
import { monthBoundsIn, monthLabel, zoneAbbreviation } from "../../../../modules/profit-share/reports/period"
import type ProfitShareModuleService from "../../../../modules/profit-share/service"
import { financeLapas } from "../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../utils/member-access"
import type { ClosePeriodPreview } from "./validators"

/**
 * What closing a month of the caller's lapas (a national member names it) would leave behind, for
 * the panel to show before the close button: PNBP booked and deposited and how they stand (status
 * and a non-negative difference, as in the reconciliation), earlier months with activity still
 * open, and why POST /lapas-api/periods/close would be refused now. Writes nothing.
 */
export const GET = memberRoute<unknown, ClosePeriodPreview>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ClosePeriodPreview
  const lapas = (await financeLapas(req.scope, member, query.lapas_id))!
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const [balance] = await profitShare.reconcilePnbpByMonth([lapas], query.month, query.month)
  const { start, end } = monthBoundsIn(query.month, lapas.time_zone)
  const open = await openMonthsBefore(profitShare, lapas, query.month, start)
  const blockers: { code: ClosePeriodBlocker; message: string }[] = []
  if (balance.closed) {
    blockers.push({ code: "closed", message: `${monthLabel(query.month)} is already closed for ${lapas.name}; a closed month stays closed.` })
  } else {
    if (end.getTime() > Date.now()) {
      blockers.push({
        code: "not_ended",
        message: `${monthLabel(query.month)} has not ended yet in ${lapas.name} (${zoneAbbreviation(lapas.time_zone)}); a month can be closed from its last day's midnight on.`,
      })
    }
    if (open.length) blockers.push({ code: "earlier_months_open", message: closeInOrderMessage(query.month, open) })
  }
  res.json({
    lapas_id: lapas.id,
    month: query.month,
    from: balance.from,
    to: balance.to,
    closed: balance.closed,
    closed_at: balance.closed_at ? balance.closed_at.toISOString() : null,
    booked: rupiahToJson(balance.booked),
    deposited: rupiahToJson(balance.deposited),
    status: balance.status,
    difference: rupiahToJson(balance.difference),
    open_months_before: open,
    blockers,
    can_close: blockers.length === 0,
    needs_confirmation: balance.status === "under_deposited" || balance.status === "over_deposited",
  } satisfies ClosePeriodPreviewResponse)
})
