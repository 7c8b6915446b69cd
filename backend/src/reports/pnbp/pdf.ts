import type { Writable } from "node:stream"
import PDFDocument from "pdfkit"
import { formatDate, formatDateTime, formatRupiah } from "@karya-binaan/format"
import { SALE_CHANNEL_LABELS, type SaleChannel } from "@karya-binaan/contracts"
import { dayLabel, zoneAbbreviation } from "../../modules/profit-share/reports/period"
import type { Scope } from "../../modules/profit-share/reports/scope"
import { DEPOSIT_STATUS_LABELS } from "../../modules/profit-share/reports/reconciliation"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { depositRows, productRows } from "./figures"
import { pipeInto } from "./stream"

/**
 * The report as a printable A4 PDF in Indonesian: summary, figures per product, deposits and the
 * sign-off. The document's dates are `fileDate`, so a closed period's file is the same bytes.
 * pdfkit's stream is piped into `out` by stream.pipeline, so a client that goes away destroys the
 * document, and `signal` stops the cursors at their next FETCH.
 */
export async function writePdf(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, fileDate: Date, signal: AbortSignal) {
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
  await pipeInto(doc, out, signal, async () => {
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
    if (header.channel) {
      doc.text(`Kanal penjualan: ${SALE_CHANNEL_LABELS[header.channel].id} saja`, { align: "center" })
    }
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
      // One way for a difference: the status in words and the amount without a sign.
      [`Selisih setoran: ${DEPOSIT_STATUS_LABELS[t.deposit_status]}`, t.difference],
    ]
    for (const [label, amount] of summary) {
      row([
        { text: label, x: 0, w: 300 },
        { text: formatRupiah(amount), x: 300, w: width - 300, align: "right" },
      ])
    }

    if (header.channel) {
      row([{ text: "Setoran dan PNBP belum disetor dihitung untuk semua kanal (setoran tidak dibagi per kanal).", x: 0, w: width }])
    }

    heading("Ringkasan per kanal penjualan")
    const channelCols = [
      { x: 0, w: 105 },
      { x: 105, w: 30 },
      { x: 135, w: 80 },
      { x: 215, w: 72 },
      { x: 287, w: 72 },
      { x: 359, w: 68 },
      { x: 427, w: width - 427 },
    ]
    const ccols = (texts: string[]) =>
      texts.map((text, i) => ({ text, ...channelCols[i], align: (i === 0 ? "left" : "right") as "left" | "right" }))
    row(ccols(["Kanal", "Jml", "Pendapatan", "Laba", "Modal", "Premi", "PNBP"]), true)
    const channelLine = (label: string, f: { quantity: number; revenue: bigint; profit: bigint; capital: bigint; premi: bigint; pnbp: bigint }, bold = false) =>
      row(
        ccols([label, String(f.quantity), formatRupiah(f.revenue), formatRupiah(f.profit), formatRupiah(f.capital), formatRupiah(f.premi), formatRupiah(f.pnbp)]),
        bold
      )
    for (const c of header.by_channel) channelLine(SALE_CHANNEL_LABELS[c.channel].id, c)
    channelLine("Total", { ...t, quantity: header.by_channel.reduce((n, c) => n + c.quantity, 0) }, true)
    channelLine("  di antaranya jasa", header.services)

    heading("Rincian per produk, menurut kanal")
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
    let channel: SaleChannel | null = null
    for await (const p of productRows(trx, scope)) {
      products++
      if (p.channel !== channel) {
        channel = p.channel
        row([{ text: SALE_CHANNEL_LABELS[p.channel].id, x: 0, w: width }], true)
      }
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

    // The hash-chain heads each closed month recorded at its close (see src/lib/finance/ledger-chain.ts):
    // with them an auditor can later show that nothing up to the close was changed.
    if (header.chain_heads.length) {
      heading("Kepala rantai hash saat penutupan")
      doc.font("Helvetica").fontSize(8).text(
        "Nomor urut dan hash SHA-256 baris terakhir tiap rantai saat bulan ditutup; periksa dengan: pnpm --filter backend ledger:verify",
        left,
        doc.y,
        { width }
      )
      doc.moveDown(0.3)
      for (const h of header.chain_heads) {
        const label = lapas ? h.month : `${h.month} · ${h.lapas_id}`
        const heads: [string, typeof h.ledger][] = [
          ["buku besar", h.ledger],
          ["setoran", h.deposits],
          ["penutupan", h.close],
        ]
        for (const [name, head] of heads) {
          if (doc.y + 12 > bottom()) doc.addPage()
          doc.font("Courier").fontSize(7).text(`${label}  ${name.padEnd(10)} ${head ? `#${head.seq} ${head.hash}` : "-"}`, left, doc.y, { width })
        }
      }
    }

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
  })
}
