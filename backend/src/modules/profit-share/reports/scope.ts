import { SALE_CHANNELS, type SaleChannel } from "@karya-binaan/contracts"
import { endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "./period"

/**
 * Runs SQL with `?` bindings and gives its rows: the service's entity manager, or the app's
 * report transaction (so a report reads these figures in its own snapshot). Bindings are
 * scalars only (the entity manager inlines them), so lists are written with `inList`.
 */
export type ReadRows = (sql: string, bindings?: readonly unknown[]) => Promise<any[]>

/** `?, ?, ?` for a list bound item by item; a list that matches nothing when empty. */
export const inList = (values: readonly unknown[]) => (values.length ? values.map(() => "?").join(", ") : "NULL")

/** What a report needs to know of a lapas (read by the caller through the lapas module). */
export interface ReportLapas {
  id: string
  name: string
  handle: string
  satker_code: string | null
  time_zone: ReportTimeZone
  city?: string | null
  /** Street address and province, for a document's letterhead (reports/document.ts). */
  address?: string | null
  province?: string | null
}

/** The period of a report: whole calendar days, `from` and `to` inclusive. */
export interface ReportPeriod {
  from: string
  to: string
}

/**
 * The lapas a query covers, each with its own period bounds: the period's days in the lapas's
 * own time zone. Joined as a VALUES list, so that a roll-up applies every lapas's zone to its own
 * entries and the report never reads the lapas module's tables.
 */
export interface Scope {
  lapas: ReportLapas[]
  period: ReportPeriod
  /** One lapas (its report) or every lapas (a national roll-up). */
  single: ReportLapas | null
  /** Only the entries booked under this channel; null or absent: every channel. */
  channel?: SaleChannel | null
}

export function scopeOf(
  single: ReportLapas | null,
  all: ReportLapas[],
  period: ReportPeriod,
  channel: SaleChannel | null = null
): Scope {
  const lapas = single ? [single] : [...all].sort((a, b) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0))
  return { lapas, period, single, channel }
}

/** The scope over every channel (deposits and their reconciliation are not per channel). */
export const everyChannel = (scope: Scope): Scope => ({ ...scope, channel: null })

/** SQL ordering channels as SALE_CHANNELS lists them (online first, then the venues). */
export const channelOrderSql = (column: string) =>
  `array_position(ARRAY[${SALE_CHANNELS.map((c) => `'${c}'`).join(", ")}]::text[], ${column})`

/**
 * SQL joining `alias.lapas_id` to the scope's lapas as `p (lapas_id, handle, time_zone, start_at, end_at)`,
 * with the bindings, and the extra WHERE that lets a single lapas use the (lapas_id, booked_at) index.
 */
export function scopeJoin(scope: Scope, alias: string) {
  const params: unknown[] = []
  const rows = scope.lapas.map((lapas) => {
    params.push(
      lapas.id,
      lapas.handle,
      lapas.time_zone,
      startOfDayIn(scope.period.from, lapas.time_zone).toISOString(),
      endOfPeriodIn(scope.period.to, lapas.time_zone).toISOString()
    )
    return "(?::text, ?::text, ?::text, ?::timestamptz, ?::timestamptz)"
  })
  const values = rows.length
    ? `VALUES ${rows.join(", ")}`
    : "SELECT NULL::text, NULL::text, NULL::text, NULL::timestamptz, NULL::timestamptz WHERE false"
  const join = `JOIN (${values}) AS p (lapas_id, handle, time_zone, start_at, end_at) ON p.lapas_id = ${alias}.lapas_id`
  return { join, params }
}

/** Ledger entries of the scope: dated (booked_at) within each lapas's period, in its zone. */
export function entriesFrom(scope: Scope) {
  const { join, params } = scopeJoin(scope, "e")
  const where = ["e.deleted_at IS NULL", "e.booked_at >= p.start_at", "e.booked_at < p.end_at"]
  if (scope.single) {
    where.push("e.lapas_id = ?", "e.booked_at >= ?::timestamptz", "e.booked_at < ?::timestamptz")
    params.push(
      scope.single.id,
      startOfDayIn(scope.period.from, scope.single.time_zone).toISOString(),
      endOfPeriodIn(scope.period.to, scope.single.time_zone).toISOString()
    )
  }
  if (scope.channel) {
    where.push("e.channel = ?")
    params.push(scope.channel)
  }
  return { sql: `share_ledger_entry e ${join}`, where: where.join(" AND "), params }
}

/**
 * Deposits of the scope, attributed by the period they pay for: those whose period ends
 * (period_to, a day in the lapas's zone) within the report's period. A deposit therefore counts
 * in exactly one month: the month its period ends in.
 */
export function depositsFrom(scope: Scope) {
  const { join, params } = scopeJoin(scope, "d")
  params.push(scope.period.from, scope.period.to)
  return {
    sql: `pnbp_deposit d ${join}`,
    where: "d.deleted_at IS NULL AND d.period_to >= ? AND d.period_to <= ?",
    params,
  }
}

/**
 * Net units: the one definition every report and indicator counts units by (PNBP report JSON,
 * CSV, XLSX and PDF; the indicators' channels, lapas and best sellers). Signed units of one
 * ledger entry `e`, to be summed:
 * - a sale (its capital row): + the line's quantity;
 * - a refund (its capital row): − the units it gave back. A line's units given back so far are its
 *   quantity × (paid refunded so far ÷ paid for the line), rounded to the nearest whole unit
 *   (halves up), so a refund of whole units (a return, or a refund of exactly n units' price)
 *   gives back exactly n, a full refund every unit, and a refund by amount only the units its
 *   money is worth (Rp 12.500 of a Rp 25.000 unit counts as one; Rp 5.000 as none). Each refund
 *   counts the growth of that figure, refunds taken in (booked_at, id) order, so a line's
 *   refunds add up to its units given back in whatever periods they fall;
 * - every other row (the premi and PNBP rows, corrections): 0.
 * The same proportion of `paid` is what a refund's `revenue` nets (booking.ts), so the units
 * and the revenue of any group of rows move together.
 */
export const ENTRY_UNITS_SQL = `
  CASE WHEN e.account <> 'capital' THEN 0
       WHEN e.kind = 'sale' THEN e.quantity
       WHEN e.kind = 'refund' THEN -COALESCE((
         SELECT round(s.quantity * LEAST(r.after, s.paid) / s.paid) - round(s.quantity * LEAST(r.after - e.paid, s.paid) / s.paid)
           FROM share_ledger_entry s,
                LATERAL (SELECT SUM(x.paid) AS after FROM share_ledger_entry x
                          WHERE x.order_id = e.order_id AND x.line_item_id = e.line_item_id AND x.account = 'capital'
                            AND x.kind = 'refund' AND x.deleted_at IS NULL AND (x.booked_at, x.id) <= (e.booked_at, e.id)) r
          WHERE s.order_id = e.order_id AND s.line_item_id = e.line_item_id AND s.account = 'capital' AND s.kind = 'sale'
            AND s.deleted_at IS NULL AND s.paid > 0
          LIMIT 1), 0)
       ELSE 0 END`

/**
 * The figures of a group of ledger entries, as numeric columns:
 * - revenue: net line revenue of the sales, less what refunds gave back (counted once per line,
 *   on the capital row; corrections carry no revenue);
 * - profit: every entry's amount (sale, refund, correction; all three accounts);
 * - capital, premi, pnbp: the amounts per account;
 * - quantity: net units, units sold less units refunded (ENTRY_UNITS_SQL).
 * Cost is revenue − profit, so it moves with refunds and HPP corrections too.
 *
 * The amounts are summed as bigint (`::bigint`), exactly: every amount and revenue is whole
 * rupiah (the table's share_ledger_entry_whole_rupiah check), so the cast changes no value, and
 * PostgreSQL sums bigints in a 128-bit integer where it sums numerics digit by digit in a state
 * several times the size (the PNBP report groups 300,000 entries into 100,000 orders; its
 * numeric states spilled to disk). The sums come back as numeric, as before.
 */
export const FIGURES_SQL = `
  COALESCE(SUM(CASE WHEN e.account = 'capital' AND e.kind = 'sale' THEN e.revenue::bigint
                    WHEN e.account = 'capital' AND e.kind = 'refund' THEN -e.revenue::bigint
                    ELSE 0 END), 0) AS revenue,
  COALESCE(SUM(e.amount::bigint), 0) AS profit,
  COALESCE(SUM(e.amount::bigint) FILTER (WHERE e.account = 'capital'), 0) AS capital,
  COALESCE(SUM(e.amount::bigint) FILTER (WHERE e.account = 'premi'), 0) AS premi,
  COALESCE(SUM(e.amount::bigint) FILTER (WHERE e.account = 'pnbp'), 0) AS pnbp,
  COALESCE(SUM(${ENTRY_UNITS_SQL}), 0) AS quantity`
