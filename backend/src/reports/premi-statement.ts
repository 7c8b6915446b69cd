/**
 * An inmate's premi statement as a document: the statement's figures (built by lib/premi/statement
 * from the premi, production and order data) and its printable PDF.
 */
import angkaTerbilang from "@develoka/angka-terbilang-js"
import { formatRupiah } from "@karya-binaan/format"
import type { PayoutMethod } from "@karya-binaan/contracts"
import PDFDocument from "pdfkit"
import type { PremiStatement } from "../lib/premi/statement"
import { dayLabel, startOfDayIn, zoneAbbreviation } from "../modules/profit-share/reports/period"
import { drawDocumentTitle, drawLetterhead, pageFooters, periodLabel } from "./document"
import { pageCounter, PdfTable, type RowPlacement } from "./pdf-table"

const METHOD_LABEL: Record<PayoutMethod, string> = {
  cash_inside: "Tunai (kebutuhan di dalam)",
  savings_account: "Rekening tabungan",
  on_release: "Saat bebas",
}
/** How a payout reached the inmate, as the receipt says it. */
const METHOD_RECEIPT: Record<PayoutMethod, string> = {
  cash_inside: "secara tunai untuk kebutuhan di dalam lapas",
  savings_account: "melalui rekening tabungan",
  on_release: "pada saat bebas",
}
const KIND_LABEL: Record<string, string> = { sale: "Penjualan", refund: "Pengembalian dana", correction: "Koreksi" }

/** 12250n → "Dua belas ribu dua ratus lima puluh rupiah" (KBBI spelling "miliar"). */
export function rupiahInWords(amount: bigint): string {
  const words = `${angkaTerbilang((amount < 0n ? -amount : amount).toString()).replace(/\bmilyar\b/g, "miliar")} rupiah`
  return `${amount < 0n ? "minus " : ""}${words}`.replace(/^./, (c) => c.toUpperCase())
}

/** The statement's number: `PREMI/<lapas handle>/<inmate code>/<from>-<to>` (days as YYYYMMDD), the same for the same statement. */
export function statementNumber(s: Pick<PremiStatement, "lapas" | "inmate" | "period">): string {
  const compact = (day: string) => day.replace(/-/g, "")
  return `PREMI/${s.lapas.handle.replace(/^lapas-/, "").toUpperCase()}/${s.inmate.code}/${compact(s.period.from)}-${compact(s.period.to)}`
}

/** Where each part of the statement was drawn, for tests of the layout. */
export interface StatementLayout {
  rows: RowPlacement[]
  /** One per payout, in order: the receipt block's page and vertical extent. */
  receipts: RowPlacement[]
  pageHeight: number
  margins: { top: number; bottom: number }
}

/**
 * The statement as a printable PDF (A4): letterhead (ministry, Ditjenpas, the lapas), title with
 * the statement's number, inmate code (no other identity: the statement is for finance and the
 * inmate, and shows what it always showed), period with the zone, opening balance, the sales lines
 * and the payouts (tables whose rows are as tall as their wrapped text, header repeated on each
 * page), closing balance, and a receipt per payout in the period ("Telah menerima premi sebesar
 * Rp … (in words)", the inmate's signature or thumbprint, the officer who paid). Indonesian money
 * (Rp 12.250) and long dates. Deterministic: the same statement gives the same bytes (the document
 * date is the period's end, not the clock).
 */
export function statementPdf(s: PremiStatement): Promise<Buffer> {
  return renderStatement(s).then((r) => r.pdf)
}

/** statementPdf with the layout it drew. */
export function renderStatement(s: PremiStatement): Promise<{ pdf: Buffer; layout: StatementLayout }> {
  const zone = s.period.time_zone
  const abbr = zoneAbbreviation(zone)
  const number = statementNumber(s)
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, left: 40, right: 40, bottom: 52 },
    info: {
      Title: `Rekening premi ${s.inmate.code} ${periodLabel(s.period.from, s.period.to)}`,
      Subject: number,
      Author: s.lapas.name,
      Creator: "Karya Binaan",
      Producer: "Karya Binaan",
      CreationDate: startOfDayIn(s.period.to, zone),
    },
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const layout: StatementLayout = {
    rows: [],
    receipts: [],
    pageHeight: doc.page.height,
    margins: { top: doc.page.margins.top, bottom: doc.page.margins.bottom },
  }
  const done = new Promise<{ pdf: Buffer; layout: StatementLayout }>((resolve, reject) => {
    doc.on("end", () => resolve({ pdf: Buffer.concat(chunks), layout }))
    doc.on("error", reject)
  })

  const counter = pageCounter(doc)
  pageFooters(doc, `Rekening premi ${s.inmate.code} · ${s.lapas.name} · Nomor ${number}`)
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom
  const heading = (text: string) => {
    if (doc.y + 60 > bottom()) doc.addPage()
    doc.moveDown(0.7)
    doc.font("Helvetica-Bold").fontSize(10.5).text(text, left, doc.y, { width })
    doc.moveDown(0.2)
  }

  drawLetterhead(doc, s.lapas)
  drawDocumentTitle(doc, ["REKENING PREMI WARGA BINAAN PEMASYARAKATAN"], number)
  const identity = new PdfTable(doc, [
    { header: "", width: 110 },
    { header: "", width: width - 110 },
  ], counter, { fontSize: 9.5, headless: true })
  identity.row(["Kode WBP", `: ${s.inmate.code}`])
  identity.row(["Periode", `: ${periodLabel(s.period.from, s.period.to)} (${abbr})`])
  identity.row(["Saldo awal", `: ${formatRupiah(s.opening_balance)}`], { bold: true })

  heading("A. Penjualan yang menghasilkan premi")
  const sales = new PdfTable(doc, [
    { header: `Tanggal (${abbr})`, width: 92 },
    { header: "Pesanan", width: 52 },
    { header: "Produk", width: width - 92 - 52 - 36 - 82 - 85 },
    { header: "Unit", width: 36, align: "right" },
    { header: "Jenis", width: 82 },
    { header: "Premi", width: 85, align: "right" },
  ], counter)
  sales.header()
  if (!s.lines.length) sales.row(["Tidak ada penjualan dalam periode ini."], { span: true })
  for (const l of s.lines) {
    sales.row([
      dayLabel(l.date),
      l.display_id === null ? "-" : `#${l.display_id}`,
      l.product_title ?? "-",
      String(l.units),
      KIND_LABEL[l.kind] ?? l.kind,
      formatRupiah(l.amount),
    ])
  }
  sales.row(["Jumlah premi", "", "", "", "", formatRupiah(s.totals.earned)], { bold: true, ruleAbove: true })

  heading("B. Pembayaran premi")
  const payouts = new PdfTable(doc, [
    { header: "Tanggal", width: 92 },
    { header: "Cara", width: 140 },
    { header: "Catatan", width: width - 92 - 140 - 85 },
    { header: "Jumlah", width: 85, align: "right" },
  ], counter)
  payouts.header()
  if (!s.payouts.length) payouts.row(["Tidak ada pembayaran dalam periode ini."], { span: true })
  for (const p of s.payouts) payouts.row([dayLabel(p.paid_on), METHOD_LABEL[p.method], p.note ?? "-", formatRupiah(p.amount)])
  payouts.row(["Jumlah dibayar", "", "", formatRupiah(s.totals.paid)], { bold: true, ruleAbove: true })

  heading("C. Saldo")
  const balance = new PdfTable(doc, [
    { header: "", width: width - 160 },
    { header: "", width: 160, align: "right" },
  ], counter, { fontSize: 9.5, headless: true })
  balance.row(["Saldo awal", formatRupiah(s.opening_balance)])
  balance.row(["Ditambah premi periode ini", formatRupiah(s.totals.earned)])
  balance.row(["Dikurangi pembayaran periode ini", formatRupiah(s.totals.paid)])
  balance.row([`Saldo akhir: ${formatRupiah(s.closing_balance)}`, formatRupiah(s.closing_balance)], { bold: true, ruleAbove: true })
  layout.rows.push(...identity.placements, ...sales.placements, ...payouts.placements, ...balance.placements)

  // The receipts: premi is the inmate's and is paid out to them in person (for needs inside, into
  // savings, or on release), so each payout gets the inmate's signature or thumbprint.
  heading("D. Tanda terima premi")
  if (!s.payouts.length) {
    doc.font("Helvetica").fontSize(9).text("Tidak ada pembayaran premi dalam periode ini; tidak ada tanda terima.", left, doc.y, { width })
  }
  const half = width / 2
  s.payouts.forEach((p, i) => {
    const sentence =
      `${i + 1}. Telah menerima premi sebesar ${formatRupiah(p.amount)} (${rupiahInWords(p.amount)}) ` +
      `pada ${dayLabel(p.paid_on)}, ${METHOD_RECEIPT[p.method]}.`
    doc.font("Helvetica").fontSize(9)
    const textHeight = doc.heightOfString(sentence, { width })
    const blockHeight = textHeight + 92
    if (doc.y + blockHeight > bottom()) doc.addPage()
    const top = doc.y
    doc.text(sentence, left, top, { width })
    const y = top + textHeight + 6
    doc.text(`Yang menerima (kode WBP ${s.inmate.code})`, left, y, { width: half - 10 })
    doc.text("Yang menyerahkan, Petugas Keuangan", left + half, y, { width: half })
    doc.save().lineWidth(0.5).rect(left, y + 13, 150, 52).stroke().restore()
    doc.font("Helvetica").fontSize(7).fillColor("#555555").text("tanda tangan / cap jempol", left + 3, y + 56, { width: 144 }).fillColor("black")
    doc.font("Helvetica").fontSize(9)
    doc.text("(....................................................)", left + half, y + 52, { width: half })
    doc.text("NIP. ...............................................", left + half, y + 66, { width: half })
    doc.x = left
    doc.y = top + blockHeight
    layout.receipts.push({ page: counter.page, top, bottom: top + blockHeight, kind: "row" })
  })

  if (doc.y + 110 > bottom()) doc.addPage()
  doc.moveDown(1.5)
  const y = doc.y
  doc.font("Helvetica").fontSize(10)
  doc.text(`${s.lapas.city ? `${s.lapas.city}, ` : ""}${dayLabel(s.period.to)}`, left + half, y, { width: half, align: "center" })
  doc.text("Petugas Keuangan", left + half, y + 14, { width: half, align: "center" })
  doc.text("(....................................................)", left + half, y + 70, { width: half, align: "center" })
  doc.text("NIP. ...............................................", left + half, y + 84, { width: half, align: "center" })
  doc.end()
  return done
}
