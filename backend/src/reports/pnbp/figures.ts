/**
 * The PNBP report's lists, read in the report's transaction through a server-side cursor: per
 * order (with Medusa's order number) and per product (from Medusa's order lines), which join the
 * profit-share ledger to Medusa's order tables by SQL for speed, and the period's deposits.
 */
import type { SaleChannel } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { channelOrderSql, depositsFrom, entriesFrom, everyChannel, FIGURES_SQL, type Scope } from "../../modules/profit-share/reports/scope"
import { figuresOf, type Figures } from "../../modules/profit-share/reports/totals"
import { cursorPages, cursorRows, readRowsOf, type SqlClient } from "../../lib/sql"
import { monthsOf } from "../../modules/profit-share/reports/period"

export interface OrderRow extends Figures {
  lapas: string
  order_id: string
  display_id: number | null
  /** The day (lapas zone) of the order's first entry in the period. */
  date: string
  channel: SaleChannel
  /** Net units of the order's lines in the period (ENTRY_UNITS_SQL). */
  quantity: number
}

export interface ProductRow extends Figures {
  lapas: string
  product_id: string | null
  title: string
  quantity: number
  channel: SaleChannel
}

export interface DepositRow {
  lapas: string
  id: string
  period_from: string
  period_to: string
  billing_code: string
  ntpn: string
  amount: bigint
  deposited_on: string
  /** Set on a correction: the deposit it reverses (its amount is that deposit's, negated) and why. */
  reverses_id: string | null
  reason: string | null
}

/**
 * The SQL of the report's orders (per lapas and order), by date: lapas, order_id, display_id,
 * channel, date, the figures (FIGURES_SQL's, with `cost` = revenue − profit) and quantity.
 */
function orderSql(scope: Scope) {
  const entries = entriesFrom(scope)
  // The entries are grouped per order before Medusa's order is joined for its number: PostgreSQL
  // then hashes the entries into their orders, where grouping the join by order id and number sorted
  // every entry (300,000 for 100,000 lines) by text first.
  const sql = `SELECT g.lapas, g.order_id, o.display_id, g.channel,
                      to_char(g.first_at AT TIME ZONE g.time_zone, 'YYYY-MM-DD') AS date,
                      g.revenue, g.revenue - g.profit AS cost, g.profit, g.capital, g.premi, g.pnbp, g.quantity
                 FROM (SELECT p.handle AS lapas, p.time_zone, e.order_id, e.channel, MIN(e.booked_at) AS first_at, ${FIGURES_SQL}
                         FROM ${entries.sql}
                        WHERE ${entries.where}
                        GROUP BY p.handle, p.time_zone, e.order_id, e.channel) g
                 LEFT JOIN "order" o ON o.id = g.order_id
                ORDER BY g.first_at, g.order_id, g.lapas`
  return { sql, params: entries.params }
}

/** The report's orders as the database gives them (see orderSql), a page at a time. */
export function orderPages(trx: SqlClient, scope: Scope): AsyncGenerator<any[]> {
  const { sql, params } = orderSql(scope)
  return cursorPages(trx, sql, params)
}

/** The report's orders (per lapas and order), by date. */
export async function* orderRows(trx: SqlClient, scope: Scope): AsyncGenerator<OrderRow> {
  for await (const page of orderPages(trx, scope)) {
    for (const row of page) {
      const f = figuresOf(row)
      yield {
        lapas: row.lapas,
        order_id: row.order_id,
        display_id: row.display_id === null || row.display_id === undefined ? null : Number(row.display_id),
        date: row.date,
        channel: row.channel,
        quantity: f.quantity,
        revenue: f.revenue,
        cost: f.cost,
        profit: f.profit,
        capital: f.capital,
        premi: f.premi,
        pnbp: f.pnbp,
      }
    }
  }
}

/**
 * The report's figures per channel, product (and lapas), as the database gives them: grouped by
 * channel (in SALE_CHANNELS order, so a spreadsheet reads as one block per channel), then by
 * title; a page at a time.
 */
export function productPages(trx: SqlClient, scope: Scope): AsyncGenerator<any[]> {
  const entries = entriesFrom(scope)
  const sql = `SELECT p.handle AS lapas, li.product_id, COALESCE(li.product_title, li.title, e.line_item_id) AS title,
                      e.channel, ${FIGURES_SQL}
                 FROM ${entries.sql}
                 LEFT JOIN order_line_item li ON li.id = e.line_item_id
                WHERE ${entries.where}
                GROUP BY p.handle, li.product_id, COALESCE(li.product_title, li.title, e.line_item_id), e.channel
                ORDER BY ${channelOrderSql("e.channel")}, 3, 2, 1`
  // PostgreSQL takes the title's fallback to the line id for about one group per entry, so it would
  // sort every entry (300,000 for 100,000 lines) by text to group them, when the groups are the
  // products (a few dozen): the cursor is planned (DECLARE) with sorting off, so it hashes them.
  // Incremental sorting too: with only full sorts off, it read the entries in the (lapas, channel,
  // booked_at) index's order (presorted by channel), looked up each entry's line, and sorted every
  // entry by title within the channel (2.2–3.3 s for 300,000 entries on a loaded machine, against
  // 1.4 s for a hash join to the lines and a hash aggregate).
  return cursorPages(trx, sql, entries.params, { planWith: { enable_sort: "off", enable_incremental_sort: "off" } })
}

/**
 * The report's figures per channel, product (and lapas): grouped by channel (in SALE_CHANNELS
 * order, so a spreadsheet reads as one block per channel), then by title.
 */
export async function* productRows(trx: SqlClient, scope: Scope): AsyncGenerator<ProductRow> {
  for await (const page of productPages(trx, scope)) {
    for (const row of page) {
      const f = figuresOf(row)
      yield { lapas: row.lapas, product_id: row.product_id ?? null, title: row.title, channel: row.channel, ...f }
    }
  }
}

/** The deposits attributed to the period (their period ends in it); not per channel. */
export async function* depositRows(trx: SqlClient, scope: Scope): AsyncGenerator<DepositRow> {
  const deposits = depositsFrom(everyChannel(scope))
  const sql = `SELECT p.handle AS lapas, d.id, d.period_from, d.period_to, d.billing_code, d.ntpn, d.amount, d.deposited_on,
                      d.reverses_id, d.reason
                 FROM ${deposits.sql}
                WHERE ${deposits.where}
                ORDER BY d.period_to, d.deposited_on, d.ntpn`
  for await (const row of cursorRows(trx, sql, deposits.params)) {
    yield { ...row, amount: toRupiahBigInt(row.amount) } as DepositRow
  }
}

/** One month of the report's period (summed over the lapas in scope), for the month-by-month table. */
export interface MonthRow extends Figures {
  /** "YYYY-MM"; each lapas's entries fall in months of its own zone. */
  month: string
  quantity: number
  /** PNBP of every channel booked in the month (equal to `pnbp` without a channel filter). */
  pnbp_all_channels: bigint
  /** Deposits whose period ends in the month (not per channel). */
  deposited: bigint
  /** pnbp_all_channels − deposited: negative when more was deposited than owed. */
  outstanding: bigint
}

/**
 * The report's figures per month of its period, every month the period touches (zeros included):
 * the entries' month in their lapas's zone, deposits by the month their period ends in, so the
 * months add up to the report's totals exactly (the same attribution as reportHeader's).
 */
export async function monthRows(trx: SqlClient, scope: Scope): Promise<MonthRow[]> {
  const read = readRowsOf(trx)
  const entries = entriesFrom(scope)
  const figures = await read(
    `SELECT to_char(e.booked_at AT TIME ZONE p.time_zone, 'YYYY-MM') AS month, ${FIGURES_SQL}
       FROM ${entries.sql} WHERE ${entries.where} GROUP BY 1`,
    entries.params
  )
  const all = entriesFrom(everyChannel(scope))
  const pnbp = await read(
    `SELECT to_char(e.booked_at AT TIME ZONE p.time_zone, 'YYYY-MM') AS month, COALESCE(SUM(e.amount), 0) AS total
       FROM ${all.sql} WHERE ${all.where} AND e.account = 'pnbp' GROUP BY 1`,
    all.params
  )
  const deposits = depositsFrom(everyChannel(scope))
  const deposited = await read(
    `SELECT substr(d.period_to, 1, 7) AS month, COALESCE(SUM(d.amount), 0) AS total
       FROM ${deposits.sql} WHERE ${deposits.where} GROUP BY 1`,
    deposits.params
  )
  const byMonth = <T,>(rows: any[], value: (row: any) => T) => new Map(rows.map((row) => [String(row.month), value(row)]))
  const figuresBy = byMonth(figures, figuresOf)
  const pnbpBy = byMonth(pnbp, (row) => toRupiahBigInt(row.total))
  const depositedBy = byMonth(deposited, (row) => toRupiahBigInt(row.total))
  return monthsOf(scope.period.from, scope.period.to).map((month) => {
    const { quantity, ...f } = figuresBy.get(month) ?? figuresOf({})
    const owed = pnbpBy.get(month) ?? 0n
    const paid = depositedBy.get(month) ?? 0n
    return { month, quantity, ...f, pnbp_all_channels: owed, deposited: paid, outstanding: owed - paid }
  })
}
