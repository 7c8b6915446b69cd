/**
 * The PNBP report of a lapas (or the national roll-up) over a period of days in each lapas's own
 * zone, in four formats that carry the same figures: JSON, CSV, XLSX and PDF. Every list (orders,
 * products, deposits) is read through a server-side cursor and written out as it arrives, so
 * memory does not grow with the number of rows. Nothing in the output depends on the moment it
 * is made except, for a period not closed yet, the PDF's and XLSX's file dates: a closed
 * period's report is the same bytes every time.
 */
import { once } from "node:events"
import type { Writable } from "node:stream"
import { stringify } from "csv-stringify"
import ExcelJS from "exceljs"
import PDFDocument from "pdfkit"
import { formatDate, formatDateTime, formatRupiah } from "@karya-binaan/format"
import { dayLabel, monthsOf, zoneAbbreviation } from "./period"
import { reconcilePnbp } from "./reconciliation"
import { depositsFrom, entriesFrom, FIGURES_SQL, type ReportLapas, type Scope } from "./scope"
import { cursorRows, toBigInt, type Database, type SqlClient } from "./sql"

export const REPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
}

/** pnbp-<lapas handle | nasional>-<from>-<to>.<format> */
export function reportFileName(scope: Scope, format: ReportFormat) {
  return `pnbp-${scope.single ? scope.single.handle : "nasional"}-${scope.period.from}-${scope.period.to}.${format}`
}

const FIGURES = ["revenue", "cost", "profit", "capital", "premi", "pnbp"] as const
type Figures = Record<(typeof FIGURES)[number], bigint>

export interface ReportTotals extends Figures {
  deposited: bigint
  outstanding: bigint
  over_deposited: boolean
}

export interface ReportHeader {
  totals: ReportTotals
  /** Every month the period touches is closed for every lapas in scope. */
  closed: boolean
  /** The latest close of those months, when closed. */
  closed_at: Date | null
}

function figuresOf(row: any): Figures & { quantity: number } {
  const revenue = toBigInt(row.revenue)
  const profit = toBigInt(row.profit)
  return {
    revenue,
    cost: revenue - profit,
    profit,
    capital: toBigInt(row.capital),
    premi: toBigInt(row.premi),
    pnbp: toBigInt(row.pnbp),
    quantity: Number(row.quantity ?? 0),
  }
}

/** The totals and the close state of a report: small queries, read before any row is written. */
export async function reportHeader(sql: SqlClient, scope: Scope): Promise<ReportHeader> {
  const entries = entriesFrom(scope)
  const { rows } = await sql.raw(`SELECT ${FIGURES_SQL} FROM ${entries.sql} WHERE ${entries.where}`, entries.params)
  const figures = figuresOf(rows[0] ?? {})
  const reconciliation = await reconcilePnbp(sql, scope)
  const months = monthsOf(scope.period.from, scope.period.to)
  const ids = scope.lapas.map((l) => l.id)
  const closed = ids.length
    ? (
        await sql.raw(
          `SELECT COUNT(*)::int AS n, MAX(closed_at) AS closed_at FROM closed_period
            WHERE deleted_at IS NULL AND lapas_id = ANY(?) AND month = ANY(?)`,
          [ids, months]
        )
      ).rows[0]
    : { n: 0, closed_at: null }
  const allClosed = ids.length > 0 && Number(closed.n) === ids.length * months.length
  return {
    totals: {
      revenue: figures.revenue,
      cost: figures.cost,
      profit: figures.profit,
      capital: figures.capital,
      premi: figures.premi,
      pnbp: figures.pnbp,
      deposited: reconciliation.deposited,
      outstanding: figures.pnbp - reconciliation.deposited,
      over_deposited: figures.pnbp - reconciliation.deposited < 0n,
    },
    closed: allClosed,
    closed_at: allClosed && closed.closed_at ? new Date(closed.closed_at) : null,
  }
}

export interface OrderRow extends Figures {
  lapas: string
  order_id: string
  display_id: number | null
  /** The day (lapas zone) of the order's first entry in the period. */
  date: string
}

export interface ProductRow extends Figures {
  lapas: string
  product_id: string | null
  title: string
  quantity: number
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

/** The report's orders (per lapas and order), by date, through a cursor. */
export async function* orderRows(trx: SqlClient, scope: Scope): AsyncGenerator<OrderRow> {
  const entries = entriesFrom(scope)
  const sql = `SELECT p.handle AS lapas, e.order_id, o.display_id,
                      to_char(MIN(e.booked_at) AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS date, ${FIGURES_SQL}
                 FROM ${entries.sql}
                 LEFT JOIN "order" o ON o.id = e.order_id
                WHERE ${entries.where}
                GROUP BY p.handle, p.time_zone, e.order_id, o.display_id
                ORDER BY MIN(e.booked_at), e.order_id, p.handle`
  for await (const row of cursorRows(trx, sql, entries.params)) {
    const f = figuresOf(row)
    yield {
      lapas: row.lapas,
      order_id: row.order_id,
      display_id: row.display_id === null || row.display_id === undefined ? null : Number(row.display_id),
      date: row.date,
      revenue: f.revenue,
      cost: f.cost,
      profit: f.profit,
      capital: f.capital,
      premi: f.premi,
      pnbp: f.pnbp,
    }
  }
}

/** The report's figures per product (and lapas), by title, through a cursor. */
export async function* productRows(trx: SqlClient, scope: Scope): AsyncGenerator<ProductRow> {
  const entries = entriesFrom(scope)
  const sql = `SELECT p.handle AS lapas, li.product_id, COALESCE(li.product_title, li.title, e.line_item_id) AS title, ${FIGURES_SQL}
                 FROM ${entries.sql}
                 LEFT JOIN order_line_item li ON li.id = e.line_item_id
                WHERE ${entries.where}
                GROUP BY p.handle, li.product_id, COALESCE(li.product_title, li.title, e.line_item_id)
                ORDER BY 3, 2, 1`
  for await (const row of cursorRows(trx, sql, entries.params)) {
    const f = figuresOf(row)
    yield { lapas: row.lapas, product_id: row.product_id ?? null, title: row.title, ...f }
  }
}

/** The deposits attributed to the period (their period ends in it), through a cursor. */
export async function* depositRows(trx: SqlClient, scope: Scope): AsyncGenerator<DepositRow> {
  const deposits = depositsFrom(scope)
  const sql = `SELECT p.handle AS lapas, d.id, d.period_from, d.period_to, d.billing_code, d.ntpn, d.amount, d.deposited_on
                 FROM ${deposits.sql}
                WHERE ${deposits.where}
                ORDER BY d.period_to, d.deposited_on, d.ntpn`
  for await (const row of cursorRows(trx, sql, deposits.params)) {
    yield { ...row, amount: toBigInt(row.amount) } as DepositRow
  }
}

/** Whole rupiah for JSON: a number while it is a safe integer, else its exact decimal string. */
export function jsonRupiah(value: bigint): number | string {
  const asNumber = Number(value)
  return Number.isSafeInteger(asNumber) ? asNumber : value.toString()
}

const money = (figures: Figures) =>
  Object.fromEntries(FIGURES.map((key) => [key, jsonRupiah(figures[key])])) as Record<(typeof FIGURES)[number], number | string>

function lapasJson(lapas: ReportLapas) {
  return {
    id: lapas.id,
    name: lapas.name,
    handle: lapas.handle,
    satker_code: lapas.satker_code,
    city: lapas.city ?? null,
    time_zone: lapas.time_zone,
  }
}

function periodJson(scope: Scope, header: ReportHeader) {
  return {
    from: scope.period.from,
    to: scope.period.to,
    /** The lapas's zone; "per_lapas" for a roll-up (each lapas's days in its own zone). */
    time_zone: scope.single ? scope.single.time_zone : "per_lapas",
    closed: header.closed,
    closed_at: header.closed_at ? header.closed_at.toISOString() : null,
  }
}

function totalsJson(totals: ReportTotals) {
  return {
    ...money(totals),
    deposited: jsonRupiah(totals.deposited),
    outstanding: jsonRupiah(totals.outstanding),
    over_deposited: totals.over_deposited,
  }
}

/** Writes with backpressure. */
async function put(out: Writable, chunk: string | Buffer) {
  if (!out.write(chunk)) await once(out, "drain")
}

async function writeJson(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable) {
  await put(
    out,
    `{"lapas":${JSON.stringify(scope.single ? lapasJson(scope.single) : null)},` +
      `"period":${JSON.stringify(periodJson(scope, header))},` +
      `"totals":${JSON.stringify(totalsJson(header.totals))},"by_product":[`
  )
  let first = true
  for await (const row of productRows(trx, scope)) {
    const { lapas, product_id, title, quantity, ...figures } = row
    await put(out, (first ? "" : ",") + JSON.stringify({ lapas, product_id, title, quantity, ...money(figures) }))
    first = false
  }
  await put(out, `],"orders":[`)
  first = true
  for await (const row of orderRows(trx, scope)) {
    const { lapas, order_id, display_id, date, ...figures } = row
    await put(out, (first ? "" : ",") + JSON.stringify({ order_id, display_id, lapas, date, ...money(figures) }))
    first = false
  }
  await put(out, `],"deposits":[`)
  first = true
  for await (const row of depositRows(trx, scope)) {
    await put(out, (first ? "" : ",") + JSON.stringify({ ...row, amount: jsonRupiah(row.amount) }))
    first = false
  }
  await put(out, `]}`)
}

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
] as const
type TableRow = Partial<Record<(typeof TABLE_COLUMNS)[number], string | number | bigint | null>>

/**
 * The rows both spreadsheets carry, in order: `total` (the report's totals), `product` (per
 * product), `deposit` (each deposit: id = NTPN, date = deposit day, deposited = amount) and
 * `order` (per order: id = order id, date = its day in the lapas's zone).
 */
async function* tableRows(trx: SqlClient, scope: Scope, header: ReportHeader): AsyncGenerator<TableRow> {
  const t = header.totals
  yield {
    section: "total",
    lapas: scope.single ? scope.single.handle : "nasional",
    date: `${scope.period.from}..${scope.period.to}`,
    name: scope.single ? scope.single.name : "Seluruh lapas",
    ...t,
    over_deposited: undefined,
    deposited: t.deposited,
    outstanding: t.outstanding,
    period_from: scope.period.from,
    period_to: scope.period.to,
  } as TableRow
  for await (const row of productRows(trx, scope)) {
    const { lapas, product_id, title, quantity, ...figures } = row
    yield { section: "product", lapas, id: product_id, name: title, quantity, ...figures }
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
    const { lapas, order_id, display_id, date, ...figures } = row
    yield { section: "order", lapas, id: order_id, display_id, date, ...figures }
  }
}

const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "bigint" ? value.toString() : value)

async function writeCsv(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable) {
  const csv = stringify({ header: true, columns: [...TABLE_COLUMNS] })
  const done = new Promise<void>((resolve, reject) => {
    csv.on("error", reject)
    csv.on("end", resolve)
  })
  csv.on("data", (chunk: Buffer) => {
    if (!out.write(chunk)) {
      csv.pause()
      out.once("drain", () => csv.resume())
    }
  })
  for await (const row of tableRows(trx, scope, header)) {
    const record = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, cell(row[c])]))
    if (!csv.write(record)) await once(csv, "drain")
  }
  csv.end()
  await done
}

const AMOUNT_COLUMNS = new Set(["revenue", "cost", "profit", "capital", "premi", "pnbp", "deposited", "outstanding"])

async function writeXlsx(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, fileDate: Date) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  workbook.creator = "Karya Binaan"
  workbook.created = fileDate
  workbook.modified = fileDate
  // Zip entries carry a date too: the same one, so a closed period's file is the same bytes.
  const zip = (workbook as any).zip
  const append = zip.append.bind(zip)
  zip.append = (source: unknown, data: Record<string, unknown>) => append(source, { ...data, date: fileDate })
  const sheet = workbook.addWorksheet("PNBP")
  sheet.columns = TABLE_COLUMNS.map((key) => ({
    header: key,
    key,
    width: AMOUNT_COLUMNS.has(key) ? 16 : key === "name" ? 32 : 14,
    style: AMOUNT_COLUMNS.has(key) ? { numFmt: "#,##0" } : {},
  }))
  let n = 0
  for await (const row of tableRows(trx, scope, header)) {
    const values: Record<string, unknown> = {}
    for (const c of TABLE_COLUMNS) {
      const value = row[c]
      values[c] =
        value === null || value === undefined
          ? null
          : typeof value === "bigint"
            ? Number.isSafeInteger(Number(value))
              ? Number(value)
              : value.toString()
            : value
    }
    sheet.addRow(values).commit()
    // Let the zip stream drain now and then.
    if (++n % 1000 === 0 && out.writableNeedDrain) await once(out, "drain")
  }
  sheet.commit()
  await workbook.commit()
}

async function writePdf(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, fileDate: Date) {
  const lapas = scope.single
  const zone = lapas?.time_zone ?? "Asia/Jakarta"
  const doc = new PDFDocument({
    size: "A4",
    margin: 48,
    bufferPages: false,
    info: {
      Title: `Laporan PNBP ${lapas ? lapas.name : "Nasional"} ${scope.period.from} s.d. ${scope.period.to}`,
      Author: "Karya Binaan",
      Creator: "Karya Binaan",
      Producer: "Karya Binaan",
      CreationDate: fileDate,
      ModDate: fileDate,
    },
  })
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve)
    doc.on("error", reject)
  })
  doc.pipe(out)
  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom

  doc.font("Helvetica-Bold").fontSize(14).text("LAPORAN PENERIMAAN NEGARA BUKAN PAJAK (PNBP)", { align: "center" })
  doc.moveDown(0.3)
  doc.font("Helvetica-Bold").fontSize(12).text(lapas ? lapas.name : "Seluruh Lapas (rekap nasional)", { align: "center" })
  doc.font("Helvetica").fontSize(10)
  if (lapas) {
    doc.text(`Kode satker: ${lapas.satker_code ?? "-"}   ·   ${lapas.city ?? ""}`, { align: "center" })
  }
  const zoneText = lapas ? zoneAbbreviation(zone) : "waktu setempat tiap lapas"
  doc.text(`Periode: ${dayLabel(scope.period.from)} s.d. ${dayLabel(scope.period.to)} (${zoneText})`, { align: "center" })
  doc.text(
    header.closed && header.closed_at
      ? `Periode ditutup pada ${formatDateTime(header.closed_at, zone)}`
      : "Periode belum ditutup: angka dapat berubah.",
    { align: "center" }
  )
  doc.moveDown(1)

  /** A table row at the current y: cells at the given x offsets and widths; returns the row's height. */
  const row = (cells: { text: string; x: number; w: number; align?: "left" | "right" }[], bold = false) => {
    if (doc.y + 16 > bottom()) doc.addPage()
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9)
    for (const c of cells) {
      doc.text(c.text, left + c.x, y, { width: c.w, align: c.align ?? "left", lineBreak: false, ellipsis: true })
    }
    doc.x = left
    doc.y = y + 14
  }
  const heading = (text: string) => {
    if (doc.y + 40 > bottom()) doc.addPage()
    doc.moveDown(0.6)
    doc.font("Helvetica-Bold").fontSize(11).text(text, left, doc.y)
    doc.moveDown(0.3)
  }

  const t = header.totals
  heading("Ringkasan")
  const summary: [string, bigint, string?][] = [
    ["Pendapatan bersih", t.revenue],
    ["Harga pokok produksi (HPP)", t.cost],
    ["Laba", t.profit],
    ["Bagian modal", t.capital],
    ["Bagian premi warga binaan", t.premi],
    ["PNBP terutang", t.pnbp],
    ["PNBP disetor", t.deposited],
    [t.over_deposited ? "Selisih (LEBIH SETOR)" : "PNBP belum disetor", t.outstanding],
  ]
  for (const [label, amount] of summary) {
    row([
      { text: label, x: 0, w: 300 },
      { text: formatRupiah(amount), x: 300, w: width - 300, align: "right" },
    ])
  }

  heading("Rincian per produk")
  const productCols = [
    { x: 0, w: 190 },
    { x: 190, w: 40 },
    { x: 230, w: 95 },
    { x: 325, w: 85 },
    { x: 410, w: width - 410 },
  ]
  const cols = (texts: string[], aligns: ("left" | "right")[]) =>
    texts.map((text, i) => ({ text, ...productCols[i], align: aligns[i] }))
  const right: ("left" | "right")[] = ["left", "right", "right", "right", "right"]
  row(cols(["Produk", "Jml", "Pendapatan", "Laba", "PNBP"], right), true)
  let products = 0
  for await (const p of productRows(trx, scope)) {
    products++
    row(
      cols(
        [lapas ? p.title : `${p.title} (${p.lapas})`, String(p.quantity), formatRupiah(p.revenue), formatRupiah(p.profit), formatRupiah(p.pnbp)],
        right
      )
    )
  }
  if (!products) row([{ text: "Tidak ada penjualan pada periode ini.", x: 0, w: width }])

  heading("Setoran PNBP (SIMPONI)")
  const depositCols = [
    { x: 0, w: 85 },
    { x: 85, w: 120 },
    { x: 205, w: 105 },
    { x: 310, w: 110 },
    { x: 420, w: width - 420 },
  ]
  const dcols = (texts: string[]) =>
    texts.map((text, i) => ({ text, ...depositCols[i], align: (i === 4 ? "right" : "left") as "left" | "right" }))
  row(dcols(["Tanggal setor", "Masa PNBP", "Kode billing", "NTPN", "Jumlah"]), true)
  let deposits = 0
  for await (const d of depositRows(trx, scope)) {
    deposits++
    row(dcols([dayLabel(d.deposited_on), `${d.period_from} s.d. ${d.period_to}`, d.billing_code, d.ntpn, formatRupiah(d.amount)]))
  }
  if (!deposits) row([{ text: "Belum ada setoran untuk periode ini.", x: 0, w: width }])
  row(dcols(["", "", "", "Total disetor", formatRupiah(t.deposited)]), true)

  // Sign-off.
  if (doc.y + 130 > bottom()) doc.addPage()
  doc.moveDown(2)
  const y = doc.y
  const place = lapas?.city ? `${lapas.city}, ` : ""
  const signedOn = header.closed && header.closed_at ? formatDate(header.closed_at, zone) : "...................."
  doc.font("Helvetica").fontSize(10)
  doc.text("Mengetahui,", left, y, { width: width / 2 })
  doc.text(lapas ? "Kepala Lapas" : "Direktur Jenderal Pemasyarakatan", left, y + 14, { width: width / 2 })
  doc.text(`${place}${signedOn}`, left + width / 2, y, { width: width / 2 })
  doc.text("Petugas Keuangan", left + width / 2, y + 14, { width: width / 2 })
  doc.text("(................................)", left, y + 80, { width: width / 2 })
  doc.text("NIP.", left, y + 94, { width: width / 2 })
  doc.text("(................................)", left + width / 2, y + 80, { width: width / 2 })
  doc.text("NIP.", left + width / 2, y + 94, { width: width / 2 })
  doc.end()
  await finished
}

/**
 * Writes the report to `out` (ended by the caller). Reads inside one repeatable-read,
 * read-only transaction, so the totals and the streamed rows are one consistent snapshot.
 */
export async function writePnbpReport(db: Database, scope: Scope, format: ReportFormat, out: Writable, now = new Date()) {
  await db.transaction(async (trx) => {
    await trx.raw(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`)
    const header = await reportHeader(trx, scope)
    // A closed period's files carry the close as their date; an open one's, now.
    const fileDate = header.closed && header.closed_at ? header.closed_at : now
    switch (format) {
      case "json":
        return await writeJson(trx, scope, header, out)
      case "csv":
        return await writeCsv(trx, scope, header, out)
      case "xlsx":
        return await writeXlsx(trx, scope, header, out, fileDate)
      case "pdf":
        return await writePdf(trx, scope, header, out, fileDate)
    }
  })
}
