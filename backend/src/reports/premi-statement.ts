/**
 * An inmate's premi statement as a document: the statement's figures (built by lib/premi/statement
 * from the premi, production and order data) and its printable PDF.
 */
import { formatDate, formatRupiah } from "@karya-binaan/format"
import type { PayoutMethod } from "@karya-binaan/contracts"
import PDFDocument from "pdfkit"
import type { PremiStatement } from "../lib/premi/statement"
import { startOfDayIn, zoneAbbreviation, type ReportTimeZone } from "../modules/profit-share/reports/period"

const METHOD_LABEL: Record<PayoutMethod, string> = {
  cash_inside: "Tunai (kebutuhan di dalam)",
  savings_account: "Rekening tabungan",
  on_release: "Saat bebas",
}
const KIND_LABEL: Record<string, string> = { sale: "Penjualan", refund: "Pengembalian dana", correction: "Koreksi" }

/** A day as "25 November 2026" in the lapas's zone. */
const dayLabel = (day: string, zone: ReportTimeZone) => formatDate(startOfDayIn(day, zone), zone)

/**
 * The statement as a printable PDF (A4): header with lapas and inmate code (no other identity),
 * period with the zone, opening balance, sales lines, payouts, totals and closing balance, in
 * Indonesian money (Rp 12.250) and dates. Deterministic: the same statement gives the same bytes
 * (the document date is the period's end, not the clock).
 */
export function statementPdf(s: PremiStatement): Promise<Buffer> {
  const zone = s.period.time_zone
  const abbr = zoneAbbreviation(zone)
  const doc = new PDFDocument({
    size: "A4",
    margin: 40,
    info: {
      Title: `Rekening premi ${s.inmate.code} ${s.period.from} s.d. ${s.period.to}`,
      Author: s.lapas.name,
      Creator: "Karya Binaan",
      Producer: "Karya Binaan",
      CreationDate: startOfDayIn(s.period.to, zone),
    },
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const left = 40
  const cols = { date: left, order: 130, product: 190, units: 360, kind: 400, amount: 470 }
  type Cell = [x: number, text: string, width?: number, align?: "left" | "right"]
  const row = (cells: Cell[], bold = false) => {
    if (doc.y > 770) doc.addPage()
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9)
    for (const [x, text, width, align] of cells) {
      doc.text(text, x, y, { width: width ?? 80, align: align ?? "left", lineBreak: false, ellipsis: true })
    }
    doc.moveDown(0.4)
    doc.x = left
  }

  doc.font("Helvetica-Bold").fontSize(14).text(s.lapas.name, left)
  doc.font("Helvetica").fontSize(11).text("Rekening Premi Warga Binaan")
  doc.moveDown(0.3)
  doc.fontSize(10).text(`Kode WBP: ${s.inmate.code}`)
  doc.text(`Periode: ${dayLabel(s.period.from, zone)} s.d. ${dayLabel(s.period.to, zone)} (${abbr})`)
  doc.moveDown(0.5)
  doc.font("Helvetica-Bold").text(`Saldo awal: ${formatRupiah(s.opening_balance)}`)
  doc.moveDown(0.6)

  doc.font("Helvetica-Bold").fontSize(11).text("Penjualan yang menghasilkan premi", left)
  doc.moveDown(0.3)
  row(
    [
      [cols.date, `Tanggal (${abbr})`, 90],
      [cols.order, "Pesanan", 60],
      [cols.product, "Produk", 165],
      [cols.units, "Unit", 35, "right"],
      [cols.kind, "Jenis", 70],
      [cols.amount, "Premi", 85, "right"],
    ],
    true
  )
  if (!s.lines.length) row([[left, "Tidak ada penjualan dalam periode ini.", 400]])
  for (const l of s.lines) {
    row([
      [cols.date, dayLabel(l.date, zone), 90],
      [cols.order, l.display_id === null ? "-" : `#${l.display_id}`, 60],
      [cols.product, l.product_title ?? "-", 165],
      [cols.units, String(l.units), 35, "right"],
      [cols.kind, KIND_LABEL[l.kind] ?? l.kind, 70],
      [cols.amount, formatRupiah(l.amount), 85, "right"],
    ])
  }
  row([[cols.kind, "Jumlah premi", 70], [cols.amount, formatRupiah(s.totals.earned), 85, "right"]], true)
  doc.moveDown(0.6)

  doc.font("Helvetica-Bold").fontSize(11).text("Pembayaran premi", left)
  doc.moveDown(0.3)
  row(
    [
      [cols.date, "Tanggal", 90],
      [cols.order, "Cara", 200],
      [cols.kind, "Catatan", 70],
      [cols.amount, "Jumlah", 85, "right"],
    ],
    true
  )
  if (!s.payouts.length) row([[left, "Tidak ada pembayaran dalam periode ini.", 400]])
  for (const p of s.payouts) {
    row([
      [cols.date, dayLabel(p.paid_on, zone), 90],
      [cols.order, METHOD_LABEL[p.method], 200],
      [cols.kind, p.note ?? "-", 70],
      [cols.amount, formatRupiah(p.amount), 85, "right"],
    ])
  }
  row([[cols.kind, "Jumlah dibayar", 70], [cols.amount, formatRupiah(s.totals.paid), 85, "right"]], true)
  doc.moveDown(0.8)
  doc.font("Helvetica-Bold").fontSize(11).text(`Saldo akhir: ${formatRupiah(s.closing_balance)}`, left)
  doc.moveDown(2)
  doc.font("Helvetica").fontSize(9).text("Mengetahui, Petugas Keuangan", left)
  doc.end()
  return done
}
