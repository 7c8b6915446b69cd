/**
 * The PNBP report's lists, read in the report's transaction through a server-side cursor: per
 * order (with Medusa's order number) and per product (from Medusa's order lines), which join the
 * profit-share ledger to Medusa's order tables by SQL for speed, and the period's deposits.
 */
import type { SaleChannel } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { channelOrderSql, depositsFrom, entriesFrom, everyChannel, FIGURES_SQL, type Scope } from "../../modules/profit-share/reports/scope"
import { figuresOf, type Figures } from "../../modules/profit-share/reports/totals"
import { cursorRows, type SqlClient } from "../../lib/sql"

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
}

/** The report's orders (per lapas and order), by date. */
export async function* orderRows(trx: SqlClient, scope: Scope): AsyncGenerator<OrderRow> {
  const entries = entriesFrom(scope)
  const sql = `SELECT p.handle AS lapas, e.order_id, o.display_id, e.channel,
                      to_char(MIN(e.booked_at) AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS date, ${FIGURES_SQL}
                 FROM ${entries.sql}
                 LEFT JOIN "order" o ON o.id = e.order_id
                WHERE ${entries.where}
                GROUP BY p.handle, p.time_zone, e.order_id, o.display_id, e.channel
                ORDER BY MIN(e.booked_at), e.order_id, p.handle`
  for await (const row of cursorRows(trx, sql, entries.params)) {
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

/**
 * The report's figures per channel, product (and lapas): grouped by channel (in SALE_CHANNELS
 * order, so a spreadsheet reads as one block per channel), then by title.
 */
export async function* productRows(trx: SqlClient, scope: Scope): AsyncGenerator<ProductRow> {
  const entries = entriesFrom(scope)
  const sql = `SELECT p.handle AS lapas, li.product_id, COALESCE(li.product_title, li.title, e.line_item_id) AS title,
                      e.channel, ${FIGURES_SQL}
                 FROM ${entries.sql}
                 LEFT JOIN order_line_item li ON li.id = e.line_item_id
                WHERE ${entries.where}
                GROUP BY p.handle, li.product_id, COALESCE(li.product_title, li.title, e.line_item_id), e.channel
                ORDER BY ${channelOrderSql("e.channel")}, 3, 2, 1`
  for await (const row of cursorRows(trx, sql, entries.params)) {
    const f = figuresOf(row)
    yield { lapas: row.lapas, product_id: row.product_id ?? null, title: row.title, channel: row.channel, ...f }
  }
}

/** The deposits attributed to the period (their period ends in it); not per channel. */
export async function* depositRows(trx: SqlClient, scope: Scope): AsyncGenerator<DepositRow> {
  const deposits = depositsFrom(everyChannel(scope))
  const sql = `SELECT p.handle AS lapas, d.id, d.period_from, d.period_to, d.billing_code, d.ntpn, d.amount, d.deposited_on
                 FROM ${deposits.sql}
                WHERE ${deposits.where}
                ORDER BY d.period_to, d.deposited_on, d.ntpn`
  for await (const row of cursorRows(trx, sql, deposits.params)) {
    yield { ...row, amount: toRupiahBigInt(row.amount) } as DepositRow
  }
}
