import { SALE_CHANNEL_LABELS } from "@karya-binaan/contracts"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { SqlClient } from "../../lib/sql"
import { depositRows, orderRows, productRows } from "./figures"

/** The columns of the CSV and of the XLSX sheet: one table, a `section` per kind of row. */
export const TABLE_COLUMNS = [
  "section",
  "lapas",
  "id",
  "display_id",
  "date",
  "name",
  "quantity",
  "revenue",
  "cost",
  "profit",
  "capital",
  "premi",
  "pnbp",
  "deposited",
  "outstanding",
  "billing_code",
  "period_from",
  "period_to",
  "channel",
] as const
export type TableRow = Partial<Record<(typeof TABLE_COLUMNS)[number], string | number | bigint | null>>

export const AMOUNT_COLUMNS = new Set(["revenue", "cost", "profit", "capital", "premi", "pnbp", "deposited", "outstanding"])

/**
 * The rows both spreadsheets carry, in order: `total` (the report's totals; channel = the
 * filter, empty for every channel), `channel` (per channel: channel = its key, name = its
 * Indonesian label), `services` (the services subtotal), `product` (per channel and product),
 * `deposit` (each deposit: id = NTPN, date = deposit day, deposited = amount; not per channel)
 * and `order` (per order: id = order id, date = its day in the lapas's zone, with its channel).
 */
export async function* tableRows(trx: SqlClient, scope: Scope, header: ReportHeader): AsyncGenerator<TableRow> {
  const t = header.totals
  yield {
    section: "total",
    lapas: scope.single ? scope.single.handle : "nasional",
    date: `${scope.period.from}..${scope.period.to}`,
    name: scope.single ? scope.single.name : "Seluruh lapas",
    ...t,
    over_deposited: undefined,
    deposit_status: undefined,
    difference: undefined,
    deposited: t.deposited,
    outstanding: t.outstanding,
    period_from: scope.period.from,
    period_to: scope.period.to,
    channel: header.channel,
  } as TableRow
  const lapas = scope.single ? scope.single.handle : "nasional"
  for (const { channel, ...figures } of header.by_channel) {
    yield { section: "channel", lapas, channel, name: SALE_CHANNEL_LABELS[channel].id, ...figures }
  }
  yield { section: "services", lapas, channel: header.channel, name: "Jasa", ...header.services }
  for await (const row of productRows(trx, scope)) {
    const { lapas, product_id, title, quantity, channel, ...figures } = row
    yield { section: "product", lapas, id: product_id, name: title, quantity, channel, ...figures }
  }
  for await (const row of depositRows(trx, scope)) {
    yield {
      section: "deposit",
      lapas: row.lapas,
      id: row.ntpn,
      date: row.deposited_on,
      deposited: row.amount,
      billing_code: row.billing_code,
      period_from: row.period_from,
      period_to: row.period_to,
    }
  }
  for await (const row of orderRows(trx, scope)) {
    const { lapas, order_id, display_id, date, channel, ...figures } = row
    yield { section: "order", lapas, id: order_id, display_id, date, channel, ...figures }
  }
}
