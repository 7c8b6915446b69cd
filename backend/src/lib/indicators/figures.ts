import { SALE_CHANNELS, type IndicatorBestSeller, type IndicatorFigure, type IndicatorMonth, type SaleChannel } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import { ENTRY_UNITS_SQL, FIGURES_SQL } from "../../modules/profit-share/reports/scope"
import type { SqlClient } from "../sql"

/** What the dashboard needs of a lapas (read by the caller through the lapas module). */
export interface IndicatorLapas {
  id: string
  name: string
  handle: string
  time_zone: ReportTimeZone
  /** Yearly PNBP target, whole rupiah. */
  pnbp_target_yearly: bigint
}

/** A month of the dashboard in bigint rupiah; the route writes each as IndicatorMonth's Rupiah. */
export type MonthFigures = Pick<IndicatorMonth, "month"> & Record<IndicatorFigure, bigint>

export type BestSeller = Omit<IndicatorBestSeller, "revenue"> & { revenue: bigint }

/** One channel's figures over the year, in bigint rupiah. */
export interface ChannelFigures {
  channel: SaleChannel
  revenue: bigint
  profit: bigint
  premi_earned: bigint
  pnbp_booked: bigint
  quantity: number
}

export interface LapasChannelFigures {
  lapas_id: string
  name: string
  handle: string
  /** Every channel in SALE_CHANNELS order. */
  channels: ChannelFigures[]
}

/** One lapas side by side with the others over the year (the national comparison), bigint rupiah. */
export interface LapasComparison {
  lapas_id: string
  name: string
  handle: string
  revenue: bigint
  quantity: number
  pnbp_booked: bigint
  pnbp_deposited: bigint
  /** The lapas's yearly target, whole: the period is a calendar year, nothing is prorated. */
  pnbp_target: bigint
  /** pnbp_booked / pnbp_target in basis points (rounded down); null without a target. */
  pnbp_booked_bp: number | null
  premi_earned: bigint
  inmates_earning: number
}

export interface Indicators {
  year: number
  /** Every lapas in scope, by revenue (largest first, then by name). */
  lapas_comparison: LapasComparison[]
  /** Every channel in SALE_CHANNELS order, all lapas in scope together. */
  by_channel: ChannelFigures[]
  /** Each lapas in scope × every channel (the order of `lapas` as given). */
  lapas_by_channel: LapasChannelFigures[]
  totals: Omit<MonthFigures, "month"> & {
    pnbp_target: bigint
    /** pnbp_deposited / pnbp_target in basis points (rounded down); null without a target. */
    pnbp_target_progress_bp: number | null
    inmates_earning: number
  }
  by_month: MonthFigures[]
  best_sellers: BestSeller[]
}

export const BEST_SELLERS = 10

/**
 * The instant that dates a ledger entry for the dashboard: its accounting date. Kept here, in
 * one place, so every figure of the dashboard agrees on which month an entry falls in.
 */
export const LEDGER_DATE = "booked_at"

const FIGURES = ["revenue", "profit", "premi_earned", "premi_paid", "pnbp_booked", "pnbp_deposited"] as const satisfies readonly IndicatorFigure[]

/**
 * Joins `alias.lapas_id` to the lapas in scope as `p (lapas_id, name, time_zone, start_at, end_at)`:
 * each lapas with its own year as instants in its own time zone, so a roll-up counts every lapas's
 * entries in that lapas's months.
 */
function lapasJoin(lapas: IndicatorLapas[], year: number, alias: string) {
  const params: unknown[] = []
  const rows = lapas.map((l) => {
    params.push(
      l.id,
      l.name,
      l.time_zone,
      startOfDayIn(`${year}-01-01`, l.time_zone).toISOString(),
      endOfPeriodIn(`${year}-12-31`, l.time_zone).toISOString()
    )
    return "(?::text, ?::text, ?::text, ?::timestamptz, ?::timestamptz)"
  })
  const values = rows.length
    ? `VALUES ${rows.join(", ")}`
    : "SELECT NULL::text, NULL::text, NULL::text, NULL::timestamptz, NULL::timestamptz WHERE false"
  return {
    join: `JOIN (${values}) AS p (lapas_id, name, time_zone, start_at, end_at) ON p.lapas_id = ${alias}.lapas_id`,
    params,
  }
}

/** Ledger entries of the lapas dated (LEDGER_DATE) in the year, each in its lapas's zone. */
function ledgerOfYear(lapas: IndicatorLapas[], year: number) {
  const { join, params } = lapasJoin(lapas, year, "e")
  const where = ["e.deleted_at IS NULL", `e.${LEDGER_DATE} >= p.start_at`, `e.${LEDGER_DATE} < p.end_at`]
  if (lapas.length === 1) {
    // Lets a single lapas use the ledger's (lapas_id, date) index.
    where.push("e.lapas_id = ?")
    params.push(lapas[0].id)
  }
  return { from: `share_ledger_entry e ${join}`, where: where.join(" AND "), params }
}

/** Rows whose calendar-day column (YYYY-MM-DD text, already in the lapas's zone) lies in the year. */
function daysOfYear(table: string, alias: string, dayColumn: string, lapas: IndicatorLapas[], year: number) {
  const { join, params } = lapasJoin(lapas, year, alias)
  params.push(`${year}-01-01`, `${year}-12-31`)
  return {
    from: `${table} ${alias} ${join}`,
    where: `${alias}.deleted_at IS NULL AND ${alias}.${dayColumn} >= ? AND ${alias}.${dayColumn} <= ?`,
    params,
  }
}

async function ledgerByMonth(sql: SqlClient, lapas: IndicatorLapas[], year: number) {
  const ledger = ledgerOfYear(lapas, year)
  const { rows } = await sql.raw(
    `SELECT to_char(e.${LEDGER_DATE} AT TIME ZONE p.time_zone, 'YYYY-MM') AS month, ${FIGURES_SQL}
       FROM ${ledger.from}
      WHERE ${ledger.where}
      GROUP BY 1`,
    ledger.params
  )
  return new Map(
    rows.map((row) => [
      row.month as string,
      { revenue: toRupiahBigInt(row.revenue ?? 0), profit: toRupiahBigInt(row.profit ?? 0), premi: toRupiahBigInt(row.premi ?? 0), pnbp: toRupiahBigInt(row.pnbp ?? 0) },
    ])
  )
}

const zeroChannel = (channel: SaleChannel): ChannelFigures => ({
  channel,
  revenue: 0n,
  profit: 0n,
  premi_earned: 0n,
  pnbp_booked: 0n,
  quantity: 0,
})

/** The year's ledger figures per lapas and channel (revenue, profit, premi and PNBP booked, units). */
async function ledgerByChannel(sql: SqlClient, lapas: IndicatorLapas[], year: number) {
  const ledger = ledgerOfYear(lapas, year)
  const { rows } = await sql.raw(
    `SELECT p.lapas_id, e.channel, ${FIGURES_SQL}
       FROM ${ledger.from}
      WHERE ${ledger.where}
      GROUP BY 1, 2`,
    ledger.params
  )
  const cell = new Map<string, ChannelFigures>()
  for (const row of rows) {
    cell.set(`${row.lapas_id}|${row.channel}`, {
      channel: row.channel,
      revenue: toRupiahBigInt(row.revenue ?? 0),
      profit: toRupiahBigInt(row.profit ?? 0),
      premi_earned: toRupiahBigInt(row.premi ?? 0),
      pnbp_booked: toRupiahBigInt(row.pnbp ?? 0),
      quantity: Number(row.quantity ?? 0),
    })
  }
  const perLapas: LapasChannelFigures[] = lapas.map((l) => ({
    lapas_id: l.id,
    name: l.name,
    handle: l.handle,
    channels: SALE_CHANNELS.map((channel) => cell.get(`${l.id}|${channel}`) ?? zeroChannel(channel)),
  }))
  const total = SALE_CHANNELS.map((channel, i) =>
    perLapas.reduce(
      (sum, l) => ({
        channel,
        revenue: sum.revenue + l.channels[i].revenue,
        profit: sum.profit + l.channels[i].profit,
        premi_earned: sum.premi_earned + l.channels[i].premi_earned,
        pnbp_booked: sum.pnbp_booked + l.channels[i].pnbp_booked,
        quantity: sum.quantity + l.channels[i].quantity,
      }),
      zeroChannel(channel)
    )
  )
  return { total, perLapas }
}

/**
 * PNBP deposited, by the month its period ends in (period_to), as the PNBP reconciliation counts
 * it, and per lapas over the year.
 */
async function depositsByMonth(sql: SqlClient, lapas: IndicatorLapas[], year: number) {
  const deposits = daysOfYear("pnbp_deposit", "d", "period_to", lapas, year)
  const { rows } = await sql.raw(
    `SELECT substr(d.period_to, 1, 7) AS month, d.lapas_id, COALESCE(SUM(d.amount), 0) AS total
       FROM ${deposits.from}
      WHERE ${deposits.where}
      GROUP BY 1, 2`,
    deposits.params
  )
  const byMonth = new Map<string, bigint>()
  const byLapas = new Map<string, bigint>()
  for (const row of rows) {
    const total = toRupiahBigInt(row.total ?? 0)
    byMonth.set(row.month, (byMonth.get(row.month) ?? 0n) + total)
    byLapas.set(row.lapas_id, (byLapas.get(row.lapas_id) ?? 0n) + total)
  }
  return { byMonth, byLapas }
}

/**
 * Premi paid out by month (paid_on, a day in the lapas's zone) and the number of inmates whose
 * net premi allocated in the year is positive, in all and per lapas. Reads the premi module's
 * tables (premi_payout, premi_allocation).
 */
async function premiOfYear(sql: SqlClient, lapas: IndicatorLapas[], year: number) {
  const payouts = daysOfYear("premi_payout", "o", "paid_on", lapas, year)
  const { join, params } = lapasJoin(lapas, year, "a")
  const [paid, earning] = await Promise.all([
    sql.raw(
      `SELECT substr(o.paid_on, 1, 7) AS month, COALESCE(SUM(o.amount), 0) AS total
         FROM ${payouts.from}
        WHERE ${payouts.where}
        GROUP BY 1`,
      payouts.params
    ),
    sql.raw(
      `SELECT earning.lapas_id, COUNT(*) AS inmates FROM (
         SELECT a.lapas_id, a.inmate_id
           FROM premi_allocation a ${join}
          WHERE a.deleted_at IS NULL AND a.booked_at >= p.start_at AND a.booked_at < p.end_at
          GROUP BY a.lapas_id, a.inmate_id
         HAVING SUM(a.amount) > 0) AS earning
        GROUP BY earning.lapas_id`,
      params
    ),
  ])
  return {
    paidByMonth: new Map(paid.rows.map((row) => [row.month as string, toRupiahBigInt(row.total ?? 0)])),
    inmatesEarning: earning.rows.reduce((n, row) => n + Number(row.inmates), 0),
    inmatesByLapas: new Map(earning.rows.map((row) => [row.lapas_id as string, Number(row.inmates)])),
  }
}

/**
 * The products that brought in the most net revenue in the year (sales less refunds, on the
 * capital rows, which carry each line's revenue once), with their net units (ENTRY_UNITS_SQL).
 */
async function bestSellers(sql: SqlClient, lapas: IndicatorLapas[], year: number): Promise<BestSeller[]> {
  const ledger = ledgerOfYear(lapas, year)
  const { rows } = await sql.raw(
    `SELECT li.product_id,
            COALESCE(MAX(pr.title), MAX(li.product_title), MAX(li.title)) AS title,
            p.name AS lapas_name,
            COALESCE(SUM(${ENTRY_UNITS_SQL}), 0) AS quantity,
            COALESCE(SUM(CASE WHEN e.kind = 'sale' THEN e.revenue ELSE -e.revenue END), 0) AS revenue
       FROM ${ledger.from}
       JOIN order_line_item li ON li.id = e.line_item_id
       LEFT JOIN product pr ON pr.id = li.product_id
      WHERE ${ledger.where} AND e.account = 'capital' AND e.kind IN ('sale', 'refund')
      GROUP BY li.product_id, p.lapas_id, p.name
      ORDER BY revenue DESC, quantity DESC, li.product_id
      LIMIT ${BEST_SELLERS}`,
    ledger.params
  )
  return rows.map((row) => ({
    product_id: row.product_id ?? null,
    title: row.title ?? null,
    lapas_name: row.lapas_name,
    quantity: Number(row.quantity),
    revenue: toRupiahBigInt(row.revenue ?? 0),
  }))
}

export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`)
}

/** Every figure of the dashboard for the lapas (one, or all for a roll-up) over a calendar year. */
export async function indicatorsOf(sql: SqlClient, lapas: IndicatorLapas[], year: number): Promise<Indicators> {
  const [ledger, deposits, premi, best, channels] = await Promise.all([
    ledgerByMonth(sql, lapas, year),
    depositsByMonth(sql, lapas, year),
    premiOfYear(sql, lapas, year),
    bestSellers(sql, lapas, year),
    ledgerByChannel(sql, lapas, year),
  ])
  const byMonth: MonthFigures[] = monthsOf(year).map((month) => {
    const entries = ledger.get(month)
    return {
      month,
      revenue: entries?.revenue ?? 0n,
      profit: entries?.profit ?? 0n,
      premi_earned: entries?.premi ?? 0n,
      premi_paid: premi.paidByMonth.get(month) ?? 0n,
      pnbp_booked: entries?.pnbp ?? 0n,
      pnbp_deposited: deposits.byMonth.get(month) ?? 0n,
    }
  })
  const sums = Object.fromEntries(
    FIGURES.map((figure) => [figure, byMonth.reduce((sum, month) => sum + month[figure], 0n)])
  ) as Record<(typeof FIGURES)[number], bigint>
  const target = lapas.reduce((sum, l) => sum + l.pnbp_target_yearly, 0n)
  const comparison = lapas
    .map((l, i): LapasComparison => {
      const cells = channels.perLapas[i].channels
      const add = (key: "revenue" | "pnbp_booked" | "premi_earned") => cells.reduce((sum, c) => sum + c[key], 0n)
      const pnbpBooked = add("pnbp_booked")
      return {
        lapas_id: l.id,
        name: l.name,
        handle: l.handle,
        revenue: add("revenue"),
        quantity: cells.reduce((n, c) => n + c.quantity, 0),
        pnbp_booked: pnbpBooked,
        pnbp_deposited: deposits.byLapas.get(l.id) ?? 0n,
        pnbp_target: l.pnbp_target_yearly,
        pnbp_booked_bp: l.pnbp_target_yearly > 0n ? Number((pnbpBooked * 10_000n) / l.pnbp_target_yearly) : null,
        premi_earned: add("premi_earned"),
        inmates_earning: premi.inmatesByLapas.get(l.id) ?? 0,
      }
    })
    .sort((a, b) => (a.revenue === b.revenue ? a.name.localeCompare(b.name, "id") : a.revenue > b.revenue ? -1 : 1))
  return {
    lapas_comparison: comparison,
    year,
    totals: {
      ...sums,
      pnbp_target: target,
      pnbp_target_progress_bp: target > 0n ? Number((sums.pnbp_deposited * 10_000n) / target) : null,
      inmates_earning: premi.inmatesEarning,
    },
    by_month: byMonth,
    best_sellers: best,
    by_channel: channels.total,
    lapas_by_channel: channels.perLapas,
  }
}
