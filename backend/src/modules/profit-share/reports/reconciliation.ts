import { formatRupiah } from "@karya-binaan/format"
import { SALE_CHANNELS, type SaleChannel } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { monthDays, monthsOf } from "./period"
import { depositsFrom, entriesFrom, inList, scopeJoin, scopeOf, type ReadRows, type ReportLapas, type Scope } from "./scope"

/**
 * How PNBP booked and deposited stand, said one way everywhere (JSON, panel, PDF):
 * - `no_activity`: nothing booked and nothing deposited ("Tidak ada transaksi");
 * - `settled`: deposited equals booked ("Lunas");
 * - `under_deposited`: less deposited than booked ("Kurang setor", `difference` = booked − deposited);
 * - `over_deposited`: more deposited than booked ("Lebih setor", `difference` = deposited − booked).
 * `difference` is never negative; `outstanding` keeps its sign (booked − deposited) for old readers.
 */
export const DEPOSIT_STATUSES = ["no_activity", "settled", "under_deposited", "over_deposited"] as const
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number]

/** The status and the non-negative difference of a balance; `active`: any entry or deposit at all. */
export function depositStatus(booked: bigint, deposited: bigint, active = booked !== 0n || deposited !== 0n) {
  const outstanding = booked - deposited
  const status: DepositStatus = !active && outstanding === 0n
    ? "no_activity"
    : outstanding === 0n
      ? "settled"
      : outstanding > 0n
        ? "under_deposited"
        : "over_deposited"
  return { status, difference: outstanding < 0n ? -outstanding : outstanding }
}

/** The words of a status as the panel and the PDF print them, with the difference when there is one. */
export const DEPOSIT_STATUS_LABELS: Record<DepositStatus, string> = {
  no_activity: "Tidak ada transaksi",
  settled: "Lunas",
  under_deposited: "Kurang setor",
  over_deposited: "Lebih setor",
}

/** A status in words with its difference, one way everywhere: "Kurang setor Rp 4.000", "Lunas". */
export function depositStatusText(status: DepositStatus, difference: bigint): string {
  return difference > 0n ? `${DEPOSIT_STATUS_LABELS[status]} ${formatRupiah(difference)}` : DEPOSIT_STATUS_LABELS[status]
}

/** PNBP booked against PNBP deposited, for one lapas over one period. */
export interface PnbpBalance {
  lapas_id: string
  handle: string
  /** Σ amount of the lapas's pnbp entries dated (booked_at, lapas zone) in the period. */
  booked: bigint
  /** Σ amount of the lapas's deposits for the period (their period ends in it). */
  deposited: bigint
  /** booked − deposited; negative when more was deposited than booked. */
  outstanding: bigint
  over_deposited: boolean
  /** See DepositStatus: one word for how the balance stands, and the difference (never negative). */
  status: DepositStatus
  difference: bigint
}

export interface PnbpReconciliation {
  booked: bigint
  deposited: bigint
  outstanding: bigint
  over_deposited: boolean
  status: DepositStatus
  difference: bigint
  /** One row per lapas in scope (one for a lapas's report), ordered by handle. */
  by_lapas: PnbpBalance[]
}

/**
 * PNBP booked per lapas over every channel of a report's period, as reconcilePnbp reads it: the
 * sum of the lapas's pnbp entries and how many there are (`n`). A caller that has already read
 * the period's entries grouped by lapas (reportHeader's one pass) hands these in instead of
 * having the ledger read again.
 */
export interface BookedPnbp {
  lapas_id: string
  total: bigint | string | number
  n: number | string
}

/**
 * Reconciles PNBP per lapas over a report's period:
 * - booked: ledger entries on the pnbp account (sales, refund reversals, corrections) whose
 *   booked_at, in the lapas's time zone, falls on a day of the period;
 * - deposited: deposits attributed by the period they pay for: those whose period_to lies in the
 *   report's period (a deposit counts in the month its period ends in);
 * - outstanding = booked − deposited; negative means over-deposited (flagged);
 * - status and difference (never negative): see DepositStatus. A reversed deposit and its
 *   reversal (negative amount) both count, so they net to zero.
 * `bookedRows`: the booked sums already read over `scope` (every channel), see BookedPnbp.
 */
export async function reconcilePnbp(read: ReadRows, scope: Scope, bookedRows?: BookedPnbp[]): Promise<PnbpReconciliation> {
  const entries = entriesFrom(scope)
  const deposits = depositsFrom(scope)
  const booked =
    bookedRows ??
    (await read(
      `SELECT p.lapas_id, COALESCE(SUM(e.amount), 0) AS total, COUNT(*) AS n
         FROM ${entries.sql}
        WHERE ${entries.where} AND e.account = 'pnbp'
        GROUP BY p.lapas_id`,
      entries.params
    ))
  const deposited = await read(
    `SELECT p.lapas_id, COALESCE(SUM(d.amount), 0) AS total, COUNT(*) AS n
       FROM ${deposits.sql}
      WHERE ${deposits.where}
      GROUP BY p.lapas_id`,
    deposits.params
  )
  const sums = (rows: any[]) => new Map(rows.map((row) => [row.lapas_id as string, toRupiahBigInt(row.total)]))
  const bookedBy = sums(booked)
  const depositedBy = sums(deposited)
  const activeIn = new Set([...booked, ...deposited].filter((row: any) => Number(row.n) > 0).map((row: any) => row.lapas_id as string))
  const byLapas = scope.lapas.map((lapas) =>
    balance(lapas, bookedBy.get(lapas.id) ?? 0n, depositedBy.get(lapas.id) ?? 0n, activeIn.has(lapas.id))
  )
  const total = byLapas.reduce(
    (sum, row) => ({ booked: sum.booked + row.booked, deposited: sum.deposited + row.deposited }),
    { booked: 0n, deposited: 0n }
  )
  const outstanding = total.booked - total.deposited
  return {
    ...total,
    outstanding,
    over_deposited: outstanding < 0n,
    ...depositStatus(total.booked, total.deposited, activeIn.size > 0),
    by_lapas: byLapas,
  }
}

function balance(lapas: ReportLapas, booked: bigint, deposited: bigint, active: boolean): PnbpBalance {
  const outstanding = booked - deposited
  return {
    lapas_id: lapas.id,
    handle: lapas.handle,
    booked,
    deposited,
    outstanding,
    over_deposited: outstanding < 0n,
    ...depositStatus(booked, deposited, active),
  }
}

/** One lapas's PNBP in one month ("YYYY-MM" in its zone). */
export interface MonthBalance extends PnbpBalance {
  month: string
  /** The month's first and last day. */
  from: string
  to: string
  closed: boolean
  closed_at: Date | null
  /**
   * PNBP of corrections booked in a later month on lines whose sale is dated in this month: for
   * a closed month, the corrections after close. They count in the month they were booked in
   * (its `booked`), and are shown here so the closed month's reconciliation explains them.
   */
  corrections_after_close: bigint
  corrections_after_close_count: number
  /** `booked` per channel (every channel, 0 where nothing was booked); adds up to `booked`. */
  booked_by_channel: Record<SaleChannel, bigint>
}

/** Every channel at 0. */
export const zeroByChannel = (): Record<SaleChannel, bigint> =>
  Object.fromEntries(SALE_CHANNELS.map((c) => [c, 0n])) as Record<SaleChannel, bigint>

/**
 * PNBP per lapas and month over whole months `fromMonth`..`toMonth` (each in the lapas's zone):
 * booked, deposited (by their period), outstanding, whether the month is closed, and the later
 * corrections on its sales. Ordered by lapas handle, then month.
 */
export async function reconcileByMonth(
  read: ReadRows,
  lapasList: ReportLapas[],
  fromMonth: string,
  toMonth: string
): Promise<MonthBalance[]> {
  const period = { from: monthDays(fromMonth).from, to: monthDays(toMonth).to }
  const scope = scopeOf(null, lapasList, period)
  const months = monthsOf(period.from, period.to)
  if (!scope.lapas.length) return []
  const entries = entriesFrom(scope)
  const bookedPerChannel = await read(
    `SELECT p.lapas_id, to_char(e.booked_at AT TIME ZONE p.time_zone, 'YYYY-MM') AS month, e.channel, SUM(e.amount) AS total
       FROM ${entries.sql}
      WHERE ${entries.where} AND e.account = 'pnbp'
      GROUP BY 1, 2, 3`,
    entries.params
  )
  const deposits = depositsFrom(scope)
  const deposited = await read(
    `SELECT p.lapas_id, substr(d.period_to, 1, 7) AS month, SUM(d.amount) AS total, COUNT(*) AS n
       FROM ${deposits.sql}
      WHERE ${deposits.where}
      GROUP BY 1, 2`,
    deposits.params
  )
  const sales = scopeJoin(scope, "s")
  const later = await read(
    `SELECT p.lapas_id, to_char(s.booked_at AT TIME ZONE p.time_zone, 'YYYY-MM') AS month,
            SUM(c.amount) AS total, COUNT(DISTINCT c.reference_id) AS n
       FROM share_ledger_entry s ${sales.join}
       JOIN share_ledger_entry c
         ON c.order_id = s.order_id AND c.line_item_id = s.line_item_id
        AND c.account = 'pnbp' AND c.kind = 'correction' AND c.deleted_at IS NULL
      WHERE s.deleted_at IS NULL AND s.kind = 'sale' AND s.account = 'pnbp'
        AND s.booked_at >= p.start_at AND s.booked_at < p.end_at
        AND to_char(c.booked_at AT TIME ZONE p.time_zone, 'YYYY-MM') > to_char(s.booked_at AT TIME ZONE p.time_zone, 'YYYY-MM')
      GROUP BY 1, 2`,
    sales.params
  )
  const ids = scope.lapas.map((l) => l.id)
  const closed = await read(
    `SELECT lapas_id, month, closed_at FROM closed_period
      WHERE deleted_at IS NULL AND lapas_id IN (${inList(ids)}) AND month >= ? AND month <= ?`,
    [...ids, fromMonth, toMonth]
  )
  const key = (lapasId: string, month: string) => `${lapasId}|${month}`
  const sums = (rows: any[]) => new Map(rows.map((row) => [key(row.lapas_id, row.month), toRupiahBigInt(row.total)]))
  const bookedBy = new Map<string, bigint>()
  const channelsBy = new Map<string, Record<SaleChannel, bigint>>()
  for (const row of bookedPerChannel) {
    const k = key(row.lapas_id, row.month)
    const amount = toRupiahBigInt(row.total)
    bookedBy.set(k, (bookedBy.get(k) ?? 0n) + amount)
    const split = channelsBy.get(k) ?? zeroByChannel()
    split[row.channel as SaleChannel] += amount
    channelsBy.set(k, split)
  }
  const depositedBy = sums(deposited)
  const laterBy = new Map(later.map((row: any) => [key(row.lapas_id, row.month), row]))
  const activeIn = new Set([...bookedPerChannel, ...deposited].map((row: any) => key(row.lapas_id, row.month)))
  const closedBy = new Map(closed.map((row: any) => [key(row.lapas_id, row.month), row]))
  return scope.lapas.flatMap((lapas) =>
    months.map((month) => {
      const k = key(lapas.id, month)
      const close = closedBy.get(k) as any
      const corrections = laterBy.get(k) as any
      return {
        ...balance(lapas, bookedBy.get(k) ?? 0n, depositedBy.get(k) ?? 0n, activeIn.has(k)),
        month,
        ...monthDays(month),
        closed: Boolean(close),
        closed_at: close ? new Date(close.closed_at) : null,
        corrections_after_close: corrections ? toRupiahBigInt(corrections.total) : 0n,
        corrections_after_close_count: corrections ? Number(corrections.n) : 0,
        booked_by_channel: channelsBy.get(k) ?? zeroByChannel(),
      }
    })
  )
}
