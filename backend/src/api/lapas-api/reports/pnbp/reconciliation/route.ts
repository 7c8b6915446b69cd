import { SALE_CHANNELS, type PnbpBookedByChannel, type PnbpReconciliationResponse, type SaleChannel } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import { allReportLapas } from "../../../../../lib/finance/lapas"
import { monthsBefore } from "../../../../../lib/finance/views"
import { PROFIT_SHARE_MODULE } from "../../../../../modules/profit-share"
import { dayIn } from "../../../../../modules/profit-share/reports/period"
import { depositStatus, zeroByChannel } from "../../../../../modules/profit-share/reports/reconciliation"
import type ProfitShareModuleService from "../../../../../modules/profit-share/service"
import { financeLapas } from "../../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../../utils/member-access"
import type { ReconciliationQuery } from "./validators"

/**
 * PNBP reconciliation per lapas and month (each lapas's own zone): booked, deposited (deposits
 * attributed by the month their period ends in), outstanding (negative = over-deposited, flagged),
 * status and difference (never negative: what to show; "no_activity" for a month with nothing
 * booked or deposited),
 * closed, and corrections booked after the month on its sales. Finance: their own lapas; national:
 * every lapas or `lapas_id`.
 */
export const GET = memberRoute<unknown, ReconciliationQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ReconciliationQuery
  const lapas = await financeLapas(req.scope, member, query.lapas_id, true)
  const all = lapas ? [lapas] : await allReportLapas(req.scope)
  const to = query.to ?? dayIn(new Date(), lapas?.time_zone ?? "Asia/Jakarta").slice(0, 7)
  const from = query.from ?? monthsBefore(to, 11)
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const rows = await profitShare.reconcilePnbpByMonth(all, from, to)
  const total = rows.reduce(
    (sum, r) => ({ booked: sum.booked + r.booked, deposited: sum.deposited + r.deposited }),
    { booked: 0n, deposited: 0n }
  )
  const bookedByChannel = zeroByChannel()
  for (const r of rows) for (const c of SALE_CHANNELS) bookedByChannel[c] += r.booked_by_channel[c]
  const channelsJson = (split: Record<SaleChannel, bigint>) =>
    Object.fromEntries(SALE_CHANNELS.map((c) => [c, rupiahToJson(split[c])])) as PnbpBookedByChannel
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
      status: r.status,
      difference: rupiahToJson(r.difference),
      closed: r.closed,
      closed_at: r.closed_at ? r.closed_at.toISOString() : null,
      corrections_after_close: rupiahToJson(r.corrections_after_close),
      corrections_after_close_count: r.corrections_after_close_count,
      booked_by_channel: channelsJson(r.booked_by_channel),
    })),
    totals: {
      booked: rupiahToJson(total.booked),
      deposited: rupiahToJson(total.deposited),
      outstanding: rupiahToJson(total.booked - total.deposited),
      over_deposited: total.booked - total.deposited < 0n,
      ...statusJson(depositStatus(total.booked, total.deposited, rows.some((r) => r.status !== "no_activity"))),
      booked_by_channel: channelsJson(bookedByChannel),
    },
  } satisfies PnbpReconciliationResponse)
})

const statusJson = (s: ReturnType<typeof depositStatus>) => ({ status: s.status, difference: rupiahToJson(s.difference) })
