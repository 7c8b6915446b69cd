/**
 * A direct sale's receipt as a PDF, in two sizes: `thermal` for a 58 mm roll printer (about 48 mm
 * printable; the page is as tall as its lines need) and `a4` for an office printer or for the
 * buyer to keep. Indonesian, the time in the lapas's zone, amounts "Rp 125.000", a QR code of the
 * buyer's receipt page, and "DIBATALKAN" across a voided sale. Same fonts and helpers as the other
 * documents (reports/orders/documents.ts: pdfkit's Helvetica, bwip-js for the code).
 */
import {
  DIRECT_PAYMENT_METHOD_LABELS,
  RECEIPT_IMPACT_LINE,
  VENUE_KIND_LABELS,
  type PublicReceipt,
  type PublicReceiptLine,
  type ReceiptFormat,
} from "@karya-binaan/contracts"
import { formatDateTime, formatRupiah } from "@karya-binaan/format"
import bwipjs from "bwip-js"
import PDFDocument from "pdfkit"

const MM = 72 / 25.4

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
}

/** The QR code of the receipt's page as a PNG. */
async function qrCode(text: string): Promise<Buffer> {
  return (await bwipjs.toBuffer({ bcid: "qrcode", text, scale: 4, paddingwidth: 0, paddingheight: 0 })) as Buffer
}

export const lineTitle = (line: Pick<PublicReceiptLine, "title" | "variant_title">) =>
  line.variant_title && line.variant_title !== "Default" && line.variant_title !== line.title
    ? `${line.title} (${line.variant_title})`
    : line.title

export const receiptNumber = (receipt: PublicReceipt) => (receipt.number == null ? "-" : `#${receipt.number}`)

export function receiptFileName(receipt: PublicReceipt, format: ReceiptFormat) {
  return `struk-${receipt.number ?? "penjualan"}${format === "thermal" ? "-58mm" : ""}.pdf`
}

const info = (receipt: PublicReceipt, printedAt: Date) => ({
  Title: `Struk penjualan ${receiptNumber(receipt)}`,
  Author: receipt.lapas.name,
  Creator: "Karya Binaan",
  Producer: "Karya Binaan",
  CreationDate: printedAt,
})

/** The amounts below the lines: subtotal, discount, total, then payment, tendered and change. */
function amountRows(receipt: PublicReceipt): { label: string; value: string; bold?: boolean }[] {
  const rows: { label: string; value: string; bold?: boolean }[] = [{ label: "Subtotal", value: formatRupiah(receipt.subtotal) }]
  if (BigInt(receipt.discount) > 0n) rows.push({ label: "Diskon", value: `-${formatRupiah(receipt.discount)}` })
  rows.push({ label: "TOTAL", value: formatRupiah(receipt.total), bold: true })
  rows.push({ label: "Pembayaran", value: DIRECT_PAYMENT_METHOD_LABELS[receipt.payment_method].id })
  if (receipt.payment_method === "cash" && receipt.tendered != null) {
    rows.push({ label: "Tunai diterima", value: formatRupiah(receipt.tendered) })
    rows.push({ label: "Kembalian", value: formatRupiah(receipt.change ?? 0) })
  }
  return rows
}

/**
 * Lays the thermal receipt out on `doc` from the top and returns where it ends. Run twice: once on
 * a scratch page to measure, once on a page cut to that height.
 */
function layThermal(doc: PDFKit.PDFDocument, receipt: PublicReceipt, url: string, qr: Buffer, printedAt: Date) {
  const zone = receipt.lapas.time_zone
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const voided = receipt.status === "voided"
  const center = (text: string, font = "Helvetica", size = 7.5) => {
    doc.font(font).fontSize(size).text(text, left, doc.y, { width, align: "center" })
  }
  const rule = (dashed = true) => {
    doc.moveDown(0.25)
    const y = doc.y
    if (dashed) doc.dash(1.2, { space: 1.2 })
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.4).stroke()
    doc.undash()
    doc.y = y + 3
  }
  const pair = (label: string, value: string, bold = false, size = 7.5) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(size)
    const top = doc.y
    const valueWidth = Math.min(width * 0.6, doc.widthOfString(value) + 2)
    doc.text(label, left, top, { width: width - valueWidth - 2 })
    const labelBottom = doc.y
    doc.text(value, left + width - valueWidth, top, { width: valueWidth, align: "right" })
    doc.y = Math.max(labelBottom, doc.y)
    doc.x = left
  }

  doc.y = doc.page.margins.top
  center(receipt.lapas.name, "Helvetica-Bold", 9)
  if (receipt.lapas.city) center(receipt.lapas.city)
  center(`${receipt.venue.name} · ${VENUE_KIND_LABELS[receipt.venue.kind].id}`, "Helvetica", 7)
  rule(false)
  if (voided) {
    doc.moveDown(0.2)
    center("*** DIBATALKAN ***", "Helvetica-Bold", 12)
    center("Penjualan ini telah dibatalkan.", "Helvetica", 7)
    doc.moveDown(0.2)
    rule(false)
  }
  pair("No. struk", receiptNumber(receipt), true)
  pair("Waktu", formatDateTime(receipt.sold_at, zone), false, 7)
  if (receipt.cashier_name) pair("Kasir", receipt.cashier_name, false, 7)
  rule()

  for (const line of receipt.lines) {
    doc.font("Helvetica-Bold").fontSize(7.5).text(lineTitle(line), left, doc.y, { width })
    pair(`${line.quantity} × ${formatRupiah(line.unit_price)}`, formatRupiah(line.subtotal))
    doc.moveDown(0.15)
  }
  rule()
  for (const row of amountRows(receipt)) pair(row.label, row.value, row.bold, row.bold ? 9 : 7.5)
  rule()

  doc.font("Helvetica").fontSize(6.5).text(RECEIPT_IMPACT_LINE.id, left, doc.y, { width, align: "center" })
  doc.moveDown(0.4)
  const qrSize = 26 * MM
  doc.image(qr, left + (width - qrSize) / 2, doc.y, { width: qrSize, height: qrSize })
  doc.y += qrSize + 2
  center("Pindai untuk struk digital:", "Helvetica", 6)
  center(url, "Helvetica", 5.5)
  doc.moveDown(0.4)
  center("Terima kasih telah mendukung karya warga binaan.", "Helvetica-Bold", 7)
  center(`Dicetak ${formatDateTime(printedAt, zone)}`, "Helvetica", 5.5)
  return doc.y + doc.page.margins.bottom
}

/** A 58 mm roll receipt: 5 mm margins leave 48 mm to print on; the page is as long as its content. */
export async function thermalReceiptPdf(receipt: PublicReceipt, url: string, printedAt: Date): Promise<Buffer> {
  const qr = await qrCode(url)
  const size = (height: number): [number, number] => [58 * MM, height]
  const margins = { top: 4 * MM, bottom: 6 * MM, left: 5 * MM, right: 5 * MM }
  // Measure on a page long enough for any receipt (a sale has at most 100 lines).
  const scratch = new PDFDocument({ size: size(5000 * MM), margins, autoFirstPage: true })
  const height = layThermal(scratch, receipt, url, qr, printedAt)
  scratch.end()
  const doc = new PDFDocument({ size: size(Math.ceil(height)), margins, info: info(receipt, printedAt) })
  const done = collect(doc)
  layThermal(doc, receipt, url, qr, printedAt)
  doc.end()
  return done
}

/** An A4 receipt: the same content as a table, with a large "DIBATALKAN" stamp on a voided sale. */
export async function a4ReceiptPdf(receipt: PublicReceipt, url: string, printedAt: Date): Promise<Buffer> {
  const qr = await qrCode(url)
  const zone = receipt.lapas.time_zone
  const doc = new PDFDocument({ size: "A4", margin: 48, info: info(receipt, printedAt) })
  const done = collect(doc)
  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom

  const qrSize = 32 * MM
  const top = doc.y
  doc.image(qr, left + width - qrSize, top, { width: qrSize, height: qrSize })
  const textWidth = width - qrSize - 12
  doc.font("Helvetica-Bold").fontSize(16).text("STRUK PENJUALAN", left, top, { width: textWidth })
  doc.font("Helvetica-Bold").fontSize(12).text(receipt.lapas.name, { width: textWidth })
  doc.font("Helvetica").fontSize(10)
  if (receipt.lapas.city) doc.text(receipt.lapas.city, { width: textWidth })
  doc.text(`${receipt.venue.name} (${VENUE_KIND_LABELS[receipt.venue.kind].id})`, { width: textWidth })
  doc.moveDown(0.6)
  doc.font("Helvetica-Bold").text(`No. struk: ${receiptNumber(receipt)}`, { width: textWidth })
  doc.font("Helvetica").text(`Waktu: ${formatDateTime(receipt.sold_at, zone)}`, { width: textWidth })
  if (receipt.cashier_name) doc.text(`Kasir: ${receipt.cashier_name}`, { width: textWidth })
  doc.y = Math.max(doc.y, top + qrSize) + 12

  if (receipt.status === "voided") {
    const y = doc.y
    doc.save().rect(left, y, width, 40).lineWidth(2).strokeColor("#b00020").stroke().restore()
    doc.font("Helvetica-Bold").fontSize(22).fillColor("#b00020").text("DIBATALKAN", left, y + 6, { width, align: "center" })
    doc.font("Helvetica").fontSize(9)
    doc.fillColor("black")
    doc.y = y + 52
  }

  // The lines: product, quantity, unit price, subtotal.
  const cols = [
    { title: "Produk", width: width - 60 - 100 - 100, align: "left" as const },
    { title: "Jumlah", width: 60, align: "right" as const },
    { title: "Harga", width: 100, align: "right" as const },
    { title: "Subtotal", width: 100, align: "right" as const },
  ]
  const row = (cells: string[], bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10)
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: cols[i].width - 6 })))
    if (doc.y + height + 6 > bottom()) doc.addPage()
    const y = doc.y
    let x = left
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: cols[i].width - 6, align: cols[i].align })
      x += cols[i].width
    })
    doc.x = left
    doc.y = y + height + 5
  }
  const hr = (weight = 0.5) => {
    doc.moveTo(left, doc.y - 2).lineTo(left + width, doc.y - 2).lineWidth(weight).stroke()
    doc.y += 2
  }
  row(cols.map((c) => c.title), true)
  hr()
  for (const line of receipt.lines) {
    row([lineTitle(line), String(line.quantity), formatRupiah(line.unit_price), formatRupiah(line.subtotal)])
  }
  hr()
  const amountWidth = 260
  for (const r of amountRows(receipt)) {
    if (doc.y + 16 > bottom()) doc.addPage()
    const y = doc.y
    doc.font(r.bold ? "Helvetica-Bold" : "Helvetica").fontSize(r.bold ? 12 : 10)
    doc.text(r.label, left + width - amountWidth, y, { width: amountWidth - 130 })
    doc.text(r.value, left + width - 130, y, { width: 124, align: "right" })
    doc.x = left
    doc.y = y + (r.bold ? 17 : 14)
  }
  doc.moveDown(1.2)
  doc.font("Helvetica").fontSize(9).fillColor("#333333")
  doc.text(RECEIPT_IMPACT_LINE.id, left, doc.y, { width })
  doc.moveDown(0.6)
  doc.text(`Struk digital (pindai kode QR): ${url}`, { width })
  doc.moveDown(0.6)
  doc.font("Helvetica-Bold").text("Terima kasih telah mendukung karya warga binaan.", { width })
  doc.font("Helvetica").fontSize(8).text(`Dicetak ${formatDateTime(printedAt, zone)}`, { width })
  doc.fillColor("black")
  doc.end()
  return done
}

export function receiptPdf(format: ReceiptFormat, receipt: PublicReceipt, url: string, printedAt = new Date()) {
  return format === "thermal" ? thermalReceiptPdf(receipt, url, printedAt) : a4ReceiptPdf(receipt, url, printedAt)
}
