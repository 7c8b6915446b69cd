import { SALE_CHANNEL_LABELS, type SaleChannel } from "@karya-binaan/contracts"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { SqlClient } from "../../lib/sql"
import { depositRows, orderRows, productRows } from "./figures"

/**
 * The columns of the CSV and of the XLSX sheet, in order: one table, a `section` per kind of row.
 * `key` names the column in code (the JSON report's keys); `header` is what the spreadsheet shows,
 * in Indonesian. Amounts (`(Rp)`) and units are plain integers, no separators.
 */
export const TABLE_COLUMNS = [
  { key: "section", header: "Bagian" },
  { key: "lapas", header: "Lapas" },
  { key: "id", header: "ID" },
  { key: "display_id", header: "No. pesanan" },
  { key: "date", header: "Tanggal" },
  { key: "name", header: "Nama" },
  { key: "quantity", header: "Jumlah (unit)" },
  { key: "revenue", header: "Pendapatan (Rp)" },
  { key: "cost", header: "Biaya (Rp)" },
  { key: "profit", header: "Laba (Rp)" },
  { key: "capital", header: "Modal produksi (Rp)" },
  { key: "premi", header: "Premi (Rp)" },
  { key: "pnbp", header: "PNBP (Rp)" },
  { key: "deposited", header: "Disetor (Rp)" },
  { key: "outstanding", header: "Belum disetor (Rp)" },
  { key: "billing_code", header: "Kode billing" },
  { key: "period_from", header: "Masa dari" },
  { key: "period_to", header: "Masa sampai" },
  { key: "channel", header: "Kanal" },
] as const
export type TableColumn = (typeof TABLE_COLUMNS)[number]["key"]
export type TableRow = Partial<Record<TableColumn, string | number | bigint | null>>

export const AMOUNT_COLUMNS = new Set<TableColumn>(["revenue", "cost", "profit", "capital", "premi", "pnbp", "deposited", "outstanding"])

/** What the `Bagian` column says for each kind of row. */
export const SECTION_LABELS = {
  total: "Total",
  channel: "Kanal",
  services: "Jasa",
  product: "Produk",
  deposit: "Setoran",
  order: "Pesanan",
} as const

const channelName = (channel: SaleChannel | null | undefined) => (channel ? SALE_CHANNEL_LABELS[channel].id : null)

/**
 * The rows both spreadsheets carry, in order (the `Bagian` of each in SECTION_LABELS): total (the
 * report's totals, units = the channels' net units; channel = the filter, empty for every
 * channel), channel (per channel), services (the services subtotal), product (per channel and
 * product), deposit (each deposit: id = NTPN, date = deposit day, deposited = amount; not per
 * channel) and order (per order: id = order id, date = its day in the lapas's zone). The channel
 * column carries the channel's Indonesian label; every quantity is net units (ENTRY_UNITS_SQL).
 */
export async function* tableRows(trx: SqlClient, scope: Scope, header: ReportHeader): AsyncGenerator<TableRow> {
  const t = header.totals
  yield {
    section: SECTION_LABELS.total,
    lapas: scope.single ? scope.single.handle : "nasional",
    date: `${scope.period.from}..${scope.period.to}`,
    name: scope.single ? scope.single.name : "Seluruh lapas",
    quantity: header.by_channel.reduce((n, c) => n + c.quantity, 0),
    revenue: t.revenue,
    cost: t.cost,
    profit: t.profit,
    capital: t.capital,
    premi: t.premi,
    pnbp: t.pnbp,
    deposited: t.deposited,
    outstanding: t.outstanding,
    period_from: scope.period.from,
    period_to: scope.period.to,
    channel: channelName(header.channel),
  }
  const lapas = scope.single ? scope.single.handle : "nasional"
  for (const { channel, ...figures } of header.by_channel) {
    yield { section: SECTION_LABELS.channel, lapas, channel: channelName(channel), name: SALE_CHANNEL_LABELS[channel].id, ...figures }
  }
  yield { section: SECTION_LABELS.services, lapas, channel: channelName(header.channel), name: "Jasa", ...header.services }
  for await (const row of productRows(trx, scope)) {
    const { lapas, product_id, title, quantity, channel, ...figures } = row
    yield { section: SECTION_LABELS.product, lapas, id: product_id, name: title, quantity, channel: channelName(channel), ...figures }
  }
  for await (const row of depositRows(trx, scope)) {
    yield {
      section: SECTION_LABELS.deposit,
      lapas: row.lapas,
      id: row.ntpn,
      // A correction says so in words; its amount is the reversed deposit's, negated.
      ...(row.reverses_id ? { name: `Koreksi: ${row.reason ?? ""}`.trim() } : {}),
      date: row.deposited_on,
      deposited: row.amount,
      billing_code: row.billing_code,
      period_from: row.period_from,
      period_to: row.period_to,
    }
  }
  for await (const row of orderRows(trx, scope)) {
    const { lapas, order_id, display_id, date, channel, ...figures } = row
    yield { section: SECTION_LABELS.order, lapas, id: order_id, display_id, date, channel: channelName(channel), ...figures }
  }
}
