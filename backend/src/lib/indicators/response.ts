import type { IndicatorsResponse } from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import type { SqlClient } from "../sql"
import { asTimeZone, dayIn } from "../../modules/profit-share/reports/period"
import { indicatorsOf, type ChannelFigures, type IndicatorLapas } from "./figures"

const channelJson = (c: ChannelFigures) => ({
  channel: c.channel,
  revenue: rupiahToJson(c.revenue),
  profit: rupiahToJson(c.profit),
  premi_earned: rupiahToJson(c.premi_earned),
  pnbp_booked: rupiahToJson(c.pnbp_booked),
  quantity: c.quantity,
})

/** The lapas fields the indicators need. */
export const INDICATOR_LAPAS_FIELDS = ["id", "name", "handle", "time_zone", "pnbp_target_yearly"]

export function indicatorLapas(row: Record<string, any>): IndicatorLapas {
  return {
    id: row.id,
    name: row.name,
    handle: row.handle,
    time_zone: asTimeZone(row.time_zone),
    pnbp_target_yearly: toRupiahBigInt(row.raw_pnbp_target_yearly ?? row.pnbp_target_yearly ?? 0),
  }
}

/**
 * The indicator dashboard of one lapas (`single`), or of every lapas in `scope` rolled up, over a
 * calendar year (the current one in the lapas's zone, WIB for a roll-up, when none is asked).
 */
export async function indicatorsResponse(
  sql: SqlClient,
  single: IndicatorLapas | null,
  scope: IndicatorLapas[],
  askedYear: number | undefined
): Promise<IndicatorsResponse> {
  const year = askedYear ?? Number(dayIn(new Date(), single?.time_zone ?? "Asia/Jakarta").slice(0, 4))
  const figures = await indicatorsOf(sql, scope, year)
  const t = figures.totals
  return {
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
    by_channel: figures.by_channel.map(channelJson),
    // The national comparison: only for a roll-up of every lapas.
    lapas_by_channel: single
      ? null
      : figures.lapas_by_channel.map((l) => ({
          lapas_id: l.lapas_id,
          name: l.name,
          handle: l.handle,
          channels: l.channels.map(channelJson),
        })),
    lapas_comparison: single
      ? null
      : figures.lapas_comparison.map((l) => ({
          lapas_id: l.lapas_id,
          name: l.name,
          handle: l.handle,
          revenue: rupiahToJson(l.revenue),
          quantity: l.quantity,
          pnbp_booked: rupiahToJson(l.pnbp_booked),
          pnbp_deposited: rupiahToJson(l.pnbp_deposited),
          pnbp_target: rupiahToJson(l.pnbp_target),
          pnbp_booked_bp: l.pnbp_booked_bp,
          premi_earned: rupiahToJson(l.premi_earned),
          inmates_earning: l.inmates_earning,
        })),
  }
}
