import { SALE_CHANNEL_LABELS, type SaleChannel } from "@karya-binaan/contracts"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { Scope } from "../../modules/profit-share/reports/scope"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { CURSOR_PAGE_SIZE, type SqlClient } from "../../lib/sql"
import { depositRows, orderPages, productPages } from "./figures"

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
 * One cell of the table as both spreadsheets write it: text, a number (units, order numbers), an
 * amount (`Amount`: whole rupiah as their exact decimal digits, e.g. "-125000"), or empty (null).
 */
export type Cell = string | number | Amount | null

/** Whole rupiah as exact decimal digits: the CSV writes them as they are, the XLSX as a number. */
export class Amount {
  constructor(readonly digits: string) {}
  toString() {
    return this.digits
  }
}

const WHOLE = /^-?\d+$/
/** An amount as the database (or the header) gives it: digits kept as they are, anything else read strictly. */
const amountOf = (value: unknown): Amount =>
  new Amount(typeof value === "string" && WHOLE.test(value) && value !== "-0" ? value : toRupiahBigInt(value ?? 0).toString())

/**
 * The last cells of a product or order row, from its capital: the three shares, the five deposit
 * columns (empty) and the channel's label.
 */
const sharesAndChannel = (row: Record<string, unknown>): Cell[] => [
  amountOf(row.capital),
  amountOf(row.premi),
  amountOf(row.pnbp),
  null,
  null,
  null,
  null,
  null,
  channelName(row.channel as SaleChannel | null),
]

const COLUMN_INDEX = Object.fromEntries(TABLE_COLUMNS.map(({ key }, index) => [key, index])) as Record<TableColumn, number>

/** A TableRow (bigint amounts) as its cells in TABLE_COLUMNS order. */
export function cellsOf(row: TableRow): Cell[] {
  const cells: Cell[] = new Array(TABLE_COLUMNS.length).fill(null)
  for (const key of Object.keys(row) as TableColumn[]) {
    const value = row[key]
    if (value === null || value === undefined) continue
    cells[COLUMN_INDEX[key]] = typeof value === "bigint" ? new Amount(value.toString()) : value
  }
  return cells
}

/**
 * The rows both spreadsheets carry, in order (the `Bagian` of each in SECTION_LABELS): total (the
 * report's totals, units = the channels' net units; channel = the filter, empty for every
 * channel), channel (per channel), services (the services subtotal), product (per channel and
 * product), deposit (each deposit: id = NTPN, date = deposit day, deposited = amount; not per
 * channel) and order (per order: id = order id, date = its day in the lapas's zone). The channel
 * column carries the channel's Indonesian label; every quantity is net units (ENTRY_UNITS_SQL).
 *
 * Handed out a page at a time (the cursors' pages, cursorPages in lib/sql.ts), each row as its cells in
 * TABLE_COLUMNS order: the long lists (products, orders) go from the database's rows to cells
 * without an object or a bigint per row, which was most of the CSV's time in the app.
 */
export async function* tablePages(trx: SqlClient, scope: Scope, header: ReportHeader): AsyncGenerator<Cell[][]> {
  const t = header.totals
  const lapas = scope.single ? scope.single.handle : "nasional"
  const first: TableRow[] = [
    {
      section: SECTION_LABELS.total,
      lapas,
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
    },
  ]
  for (const { channel, ...figures } of header.by_channel) {
    first.push({ section: SECTION_LABELS.channel, lapas, channel: channelName(channel), name: SALE_CHANNEL_LABELS[channel].id, ...figures })
  }
  first.push({ section: SECTION_LABELS.services, lapas, channel: channelName(header.channel), name: "Jasa", ...header.services })
  yield first.map(cellsOf)
  for await (const page of productPages(trx, scope)) {
    yield page.map((row): Cell[] => {
      const revenue = amountOf(row.revenue)
      const profit = amountOf(row.profit)
      return [
        SECTION_LABELS.product,
        row.lapas,
        row.product_id ?? null,
        null,
        null,
        row.title ?? null,
        Number(row.quantity ?? 0),
        revenue,
        new Amount((BigInt(revenue.digits) - BigInt(profit.digits)).toString()),
        profit,
        ...sharesAndChannel(row),
      ]
    })
  }
  const deposits: Cell[][] = []
  for await (const row of depositRows(trx, scope)) {
    deposits.push(
      cellsOf({
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
      })
    )
    if (deposits.length >= CURSOR_PAGE_SIZE) yield deposits.splice(0)
  }
  if (deposits.length) yield deposits
  for await (const page of orderPages(trx, scope)) {
    yield page.map((row): Cell[] => [
      SECTION_LABELS.order,
      row.lapas,
      row.order_id,
      row.display_id === null || row.display_id === undefined ? null : Number(row.display_id),
      row.date,
      null,
      Number(row.quantity ?? 0),
      amountOf(row.revenue),
      amountOf(row.cost),
      amountOf(row.profit),
      ...sharesAndChannel(row),
    ])
  }
}
