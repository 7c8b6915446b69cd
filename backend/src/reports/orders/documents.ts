/**
 * The documents a lapas prints to send its part of an order: the packing slip (what goes in the
 * box, A5) and the shipping label (100 × 150 mm, for a thermal label printer). Indonesian, dates
 * in the lapas's zone, from the part as the scoped API shows it (never another lapas's lines).
 *
 * The packing slip carries no prices: it travels inside the package, which is often a gift or is
 * opened by someone other than the payer, and the amounts are already on the buyer's order page
 * and emails. The lapas's own copy of the amounts is the order screen.
 */
import { formatDateTime, type LapasTimeZone } from "@karya-binaan/format"
import { courierByCode, type OrderPartDetail, type PartShippingAddress } from "@karya-binaan/contracts"
import bwipjs from "bwip-js"
import PDFDocument from "pdfkit"

/** The sending lapas as the documents print it. */
export interface SenderLapas {
  name: string
  address: string | null
  city: string | null
  province: string | null
  contact_phone: string | null
  time_zone: string
}

const MM = 72 / 25.4
const ZONES: readonly string[] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
const zoneOf = (zone: string) => (ZONES.includes(zone) ? zone : "Asia/Jakarta") as LapasTimeZone

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
}

/** The buyer's address as lines: street, district, city and province with postal code. */
export function addressLines(a: PartShippingAddress): string[] {
  const place = [a.city, [a.province, a.postal_code].filter(Boolean).join(" ")].filter(Boolean).join(", ")
  return [a.address_1, a.address_2, a.district ? `Kec. ${a.district}` : null, place].filter(
    (line): line is string => !!line && line.trim() !== ""
  )
}

function senderLines(lapas: SenderLapas): string[] {
  return [lapas.address, [lapas.city, lapas.province].filter(Boolean).join(", ")].filter(
    (line): line is string => !!line && line.trim() !== ""
  )
}

const lineTitle = (item: { title: string; variant_title: string | null }) =>
  item.variant_title && item.variant_title !== "Default" && item.variant_title !== item.title
    ? `${item.title} (${item.variant_title})`
    : item.title

const deliveryText = (part: OrderPartDetail) =>
  part.shipping?.kind === "pickup" ? "Diambil pembeli di lapas" : part.shipping?.name ?? "Kurir"

/**
 * The courier the package goes with, by name: the shipped package's courier, else the one the
 * buyer chose at checkout, else the shipping method's name.
 */
export function courierText(part: OrderPartDetail): string {
  const shipped = shippedPackage(part)
  return (
    shipped?.courier_name ??
    shipped?.courier ??
    courierByCode(part.chosen_courier)?.name ??
    part.shipping?.name ??
    "-"
  )
}

/** The live package that was shipped last (its courier and resi go on the label). */
function shippedPackage(part: OrderPartDetail) {
  return part.fulfilments
    .filter((f) => !f.canceled_at && f.shipped_at)
    .sort((a, b) => (a.shipped_at ?? "").localeCompare(b.shipped_at ?? ""))
    .pop()
}

/** The packing slip (A5 portrait): lapas, order number and date, recipient, the part's lines and quantities. */
export async function packingSlipPdf(part: OrderPartDetail, lapas: SenderLapas, printedAt: Date): Promise<Buffer> {
  const zone = zoneOf(lapas.time_zone)
  const doc = new PDFDocument({
    size: "A5",
    margin: 36,
    info: {
      Title: `Daftar isi paket pesanan #${part.display_id}`,
      Author: lapas.name,
      Creator: "Karya Binaan",
      Producer: "Karya Binaan",
      CreationDate: printedAt,
    },
  })
  const done = collect(doc)
  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right

  doc.font("Helvetica-Bold").fontSize(13).text("DAFTAR ISI PAKET", { align: "center" })
  doc.font("Helvetica").fontSize(9).text("Packing slip", { align: "center" })
  doc.moveDown(0.8)

  doc.font("Helvetica-Bold").fontSize(10).text(lapas.name)
  doc.font("Helvetica").fontSize(9)
  for (const line of senderLines(lapas)) doc.text(line)
  if (lapas.contact_phone) doc.text(`Telp. ${lapas.contact_phone}`)
  doc.moveDown(0.6)

  doc.font("Helvetica-Bold").fontSize(11).text(`Pesanan #${part.display_id}`)
  doc.font("Helvetica").fontSize(9)
  doc.text(`Tanggal pesanan: ${formatDateTime(part.created_at, zone)}`)
  doc.text(`Pengiriman: ${deliveryText(part)}`)
  if (part.shipping?.kind !== "pickup") doc.text(`Kurir: ${courierText(part)}`)
  doc.moveDown(0.6)

  doc.font("Helvetica-Bold").fontSize(10).text("Penerima")
  doc.font("Helvetica").fontSize(9)
  doc.text(part.shipping_address.name || part.buyer.name || "-")
  for (const line of addressLines(part.shipping_address)) doc.text(line)
  if (part.shipping_address.phone) doc.text(`Telp. ${part.shipping_address.phone}`)
  doc.moveDown(0.8)

  // The lines: number, product, quantity.
  const qtyWidth = 60
  const row = (no: string, title: string, qty: string, bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9)
    const titleHeight = doc.heightOfString(title, { width: width - 24 - qtyWidth })
    if (y + titleHeight + 6 > doc.page.height - doc.page.margins.bottom) doc.addPage()
    const top = doc.y
    doc.text(no, left, top, { width: 20 })
    doc.text(title, left + 24, top, { width: width - 24 - qtyWidth })
    doc.text(qty, left + width - qtyWidth, top, { width: qtyWidth, align: "right" })
    doc.x = left
    doc.y = top + Math.max(titleHeight, 11) + 4
  }
  row("No", "Produk", "Jumlah", true)
  doc.moveTo(left, doc.y - 2).lineTo(left + width, doc.y - 2).lineWidth(0.5).stroke()
  part.items.forEach((item, index) => row(String(index + 1), lineTitle(item), `${item.quantity}`))
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.5).stroke()
  doc.moveDown(0.3)
  const units = part.items.reduce((sum, item) => sum + item.quantity, 0)
  row("", "Jumlah barang", `${units}`, true)

  doc.moveDown(1.5)
  doc.font("Helvetica").fontSize(9)
  doc.text("Dikemas oleh: ______________________", left)
  doc.moveDown(0.5)
  doc.text("Diperiksa oleh: ____________________", left)
  doc.moveDown(1)
  doc.fontSize(7).fillColor("#555555")
  doc.text(
    `Dicetak ${formatDateTime(printedAt, zone)}. Produk karya warga binaan ${lapas.name}; terima kasih telah mendukung pembinaan kemandirian.`,
    left,
    doc.y,
    { width }
  )
  doc.end()
  return done
}

/** A Code 128 barcode as a PNG. */
function code128(text: string) {
  return bwipjs.toBuffer({ bcid: "code128", text, scale: 3, height: 12, includetext: false, paddingwidth: 0 })
}

/**
 * The shipping label (100 × 150 mm): sender lapas with its address and phone, recipient with
 * address and phone, the order number as a Code 128 barcode, delivery, and the courier and resi
 * (with its own barcode) once shipped.
 */
export async function shippingLabelPdf(part: OrderPartDetail, lapas: SenderLapas, printedAt: Date): Promise<Buffer> {
  const zone = zoneOf(lapas.time_zone)
  const doc = new PDFDocument({
    size: [100 * MM, 150 * MM],
    margin: 5 * MM,
    info: {
      Title: `Label pengiriman pesanan #${part.display_id}`,
      Author: lapas.name,
      Creator: "Karya Binaan",
      Producer: "Karya Binaan",
      CreationDate: printedAt,
    },
  })
  const done = collect(doc)
  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const rule = () => {
    doc.moveDown(0.3)
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(1).stroke()
    doc.moveDown(0.4)
  }
  const shipped = shippedPackage(part)
  const pickup = part.shipping?.kind === "pickup"

  // Order number barcode on top, readable number under it.
  const orderBarcode = await code128(String(part.display_id))
  doc.image(orderBarcode, left + width * 0.1, doc.y, { width: width * 0.8, height: 14 * MM })
  doc.y += 15 * MM
  doc.font("Helvetica-Bold").fontSize(12).text(`Pesanan #${part.display_id}`, left, doc.y, { width, align: "center" })
  doc.font("Helvetica").fontSize(7).text(formatDateTime(part.created_at, zone), { width, align: "center" })
  rule()

  doc.font("Helvetica-Bold").fontSize(8).text("PENERIMA", left)
  doc.font("Helvetica-Bold").fontSize(12).text(part.shipping_address.name || part.buyer.name || "-", { width })
  doc.font("Helvetica").fontSize(9)
  if (part.shipping_address.phone) doc.text(`Telp. ${part.shipping_address.phone}`, { width })
  for (const line of addressLines(part.shipping_address)) doc.text(line, { width })
  rule()

  doc.font("Helvetica-Bold").fontSize(8).text("PENGIRIM", left)
  doc.font("Helvetica-Bold").fontSize(9).text(lapas.name, { width })
  doc.font("Helvetica").fontSize(8)
  for (const line of senderLines(lapas)) doc.text(line, { width })
  if (lapas.contact_phone) doc.text(`Telp. ${lapas.contact_phone}`, { width })
  rule()

  doc.font("Helvetica-Bold").fontSize(9)
  if (pickup) {
    doc.text("AMBIL DI LAPAS", { width })
  } else {
    doc.text(`Kurir: ${courierText(part)}`, { width })
    if (shipped?.resi) {
      doc.text(`Resi: ${shipped.resi}`, { width })
      const resiBarcode = await code128(shipped.resi)
      doc.image(resiBarcode, left, doc.y + 2, { width, height: 10 * MM })
      doc.y += 11 * MM
    } else {
      doc.font("Helvetica").fontSize(8).text("Resi: diisi saat diserahkan ke kurir", { width })
    }
  }
  const units = part.items.reduce((sum, item) => sum + item.quantity, 0)
  doc.font("Helvetica").fontSize(8).text(`Isi: ${units} barang (${part.items.length} jenis)`, left, doc.y + 2, { width })
  doc.end()
  return done
}
