import type { Writable } from "node:stream"
import PDFDocument from "pdfkit"
import { formatDate, formatDateTime, formatRupiah } from "@karya-binaan/format"
import { SALE_CHANNEL_LABELS, type SaleChannel } from "@karya-binaan/contracts"
import { dayLabel, monthLabel, zoneAbbreviation } from "../../modules/profit-share/reports/period"
import type { Scope } from "../../modules/profit-share/reports/scope"
import { depositStatusText } from "../../modules/profit-share/reports/reconciliation"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { balanceText, documentPolicy, drawDocumentTitle, drawLetterhead, pageFooters, periodLabel, pnbpDocumentNumber } from "../document"
import { pageCounter, PdfTable } from "../pdf-table"
import { depositRows, monthRows, productRows, type MonthRow } from "./figures"
import { pipeInto } from "./stream"

/** The document number of a report (document.ts, `pnbpDocumentNumber`). */
export const documentNumberOf = (scope: Scope) =>
  pnbpDocumentNumber({ lapas: scope.single, from: scope.period.from, to: scope.period.to, channel: scope.channel ?? null })

/**
 * The report as a printable A4 PDF in Indonesian, laid out as a government document: letterhead
 * (ministry, Ditjenpas, the lapas), title with a reproducible document number, satker, PNBP
 * account code and period; the summary, a month-by-month table for a period of several months,
 * the figures per channel and per product (each with a totals row equal to the summary), the
 * deposits, the hash-chain heads of the closed months and the signatures (Kepala Lapas, bendahara
 * penerimaan). Every date is written "1 Desember 2026" and every period "1 November 2026 s.d. 30
 * November 2026"; a difference between PNBP owed and deposited as "Kurang setor"/"Lebih setor" and
 * a positive amount. The document's dates are `fileDate`, so a closed period's file is the same
 * bytes. pdfkit's stream is piped into `out` by stream.pipeline, so a client that goes away
 * destroys the document, and `signal` stops the cursors at their next FETCH.
 */
export async function writePdf(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, fileDate: Date, signal: AbortSignal) {
  const lapas = scope.single
  const zone = lapas?.time_zone ?? "Asia/Jakarta"
  const policy = documentPolicy()
  const number = documentNumberOf(scope)
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 40, left: 48, right: 48, bottom: 52 },
    bufferPages: false,
    info: {
      Title: `Laporan PNBP ${lapas ? lapas.name : "Nasional"} ${periodLabel(scope.period.from, scope.period.to)}`,
      Subject: number,
      Author: "Karya Binaan",
      Creator: "Karya Binaan",
      Producer: "Karya Binaan",
      CreationDate: fileDate,
      ModDate: fileDate,
    },
  })
  await pipeInto(doc, out, signal, async () => {
    const counter = pageCounter(doc)
    pageFooters(doc, `Laporan PNBP ${lapas ? lapas.name : "nasional"} · Nomor ${number}`)
    const left = doc.page.margins.left
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    const bottom = () => doc.page.height - doc.page.margins.bottom
    const zoneText = lapas ? zoneAbbreviation(zone) : "waktu setempat tiap lapas"

    drawLetterhead(doc, lapas ? { name: lapas.name, address: lapas.address, city: lapas.city, province: lapas.province } : null, "SELURUH LEMBAGA PEMASYARAKATAN (REKAP NASIONAL)")
    drawDocumentTitle(doc, ["LAPORAN PENERIMAAN NEGARA BUKAN PAJAK (PNBP)", "HASIL KEGIATAN KERJA WARGA BINAAN PEMASYARAKATAN"], number)

    const identity = new PdfTable(doc, [
      { header: "", width: 120 },
      { header: "", width: width - 120 },
    ], counter, { fontSize: 9.5, headless: true })
    const facts: [string, string][] = [
      ["Satuan kerja", lapas ? `${lapas.satker_code ?? "-"} — ${lapas.name}` : "Seluruh lapas (rekap nasional)"],
      ["Kode akun PNBP", `${policy.pnbpAccountCode} — ${policy.pnbpAccountName}`],
      ["Periode", `${periodLabel(scope.period.from, scope.period.to)} (${zoneText})`],
    ]
    if (header.channel) facts.push(["Kanal penjualan", `${SALE_CHANNEL_LABELS[header.channel].id} saja`])
    facts.push([
      "Status",
      header.closed && header.closed_at
        ? `Final: periode ditutup pada ${formatDateTime(header.closed_at, zone)}`
        : "Draf: periode belum ditutup, angka dapat berubah.",
    ])
    for (const [label, value] of facts) identity.row([label, `: ${value}`])

    const heading = (text: string) => {
      if (doc.y + 60 > bottom()) doc.addPage()
      doc.moveDown(0.7)
      doc.font("Helvetica-Bold").fontSize(10.5).text(text, left, doc.y, { width })
      doc.moveDown(0.2)
    }
    const note = (text: string) => {
      doc.font("Helvetica-Oblique").fontSize(8).text(text, left, doc.y + 2, { width })
      doc.x = left
    }

    const t = header.totals
    heading("A. Ringkasan")
    const summary = new PdfTable(doc, [
      { header: "Uraian", width: width - 160 },
      { header: "Jumlah", width: 160, align: "right" },
    ], counter, { fontSize: 9.5 })
    summary.header()
    const summaryRows: [string, string][] = [
      ["Pendapatan bersih", formatRupiah(t.revenue)],
      ["Harga pokok produksi (HPP)", formatRupiah(t.cost)],
      ["Laba", formatRupiah(t.profit)],
      ["Bagian modal", formatRupiah(t.capital)],
      ["Bagian premi warga binaan", formatRupiah(t.premi)],
      ["PNBP terutang", formatRupiah(t.pnbp)],
      ["PNBP disetor", formatRupiah(t.deposited)],
    ]
    for (const [label, amount] of summaryRows) summary.row([label, amount])
    summary.row(["Selisih PNBP terutang dan disetor", depositStatusText(t.deposit_status, t.difference)], {
      bold: true,
      ruleAbove: true,
    })
    if (header.channel) note("PNBP disetor dan selisihnya dihitung untuk semua kanal (setoran tidak dibagi per kanal).")

    const months = await monthRows(trx, scope)
    if (months.length > 1) {
      heading("B. Rincian per bulan")
      const monthTable = new PdfTable(doc, [
        { header: "Bulan", width: 78 },
        { header: "Jml", width: 28, align: "right" },
        { header: "Pendapatan", width: 74, align: "right" },
        { header: "Laba", width: 70, align: "right" },
        { header: "PNBP terutang", width: 68, align: "right" },
        { header: "PNBP disetor", width: 68, align: "right" },
        { header: "Selisih", width: width - 386, align: "right" },
      ], counter)
      monthTable.header()
      type MonthFigures = Pick<MonthRow, "quantity" | "revenue" | "profit" | "pnbp" | "deposited" | "outstanding">
      const monthCells = (label: string, m: MonthFigures) =>
        [label, String(m.quantity), formatRupiah(m.revenue), formatRupiah(m.profit), formatRupiah(m.pnbp), formatRupiah(m.deposited), balanceText(m.outstanding)]
      const sum: MonthFigures = { quantity: 0, revenue: 0n, profit: 0n, pnbp: 0n, deposited: 0n, outstanding: 0n }
      for (const m of months) {
        for (const key of ["revenue", "profit", "pnbp", "deposited", "outstanding"] as const) sum[key] += m[key]
        sum.quantity += m.quantity
        monthTable.row(monthCells(monthLabel(m.month), m))
      }
      monthTable.row(monthCells("Jumlah", sum), { bold: true, ruleAbove: true })
      if (header.channel) note("Selisih per bulan: PNBP semua kanal dikurangi setoran.")
    }
    const letter = (n: number) => String.fromCharCode("A".charCodeAt(0) + n + (months.length > 1 ? 1 : 0))

    heading(`${letter(1)}. Ringkasan per kanal penjualan`)
    const channels = new PdfTable(doc, [
      { header: "Kanal", width: 100 },
      { header: "Jml", width: 34, align: "right" },
      { header: "Pendapatan", width: 80, align: "right" },
      { header: "Laba", width: 72, align: "right" },
      { header: "Modal", width: 72, align: "right" },
      { header: "Premi", width: 70, align: "right" },
      { header: "PNBP", width: width - 428, align: "right" },
    ], counter)
    channels.header()
    type Line = { quantity: number; revenue: bigint; profit: bigint; capital: bigint; premi: bigint; pnbp: bigint }
    const channelCells = (label: string, f: Line) => [label, String(f.quantity), formatRupiah(f.revenue), formatRupiah(f.profit), formatRupiah(f.capital), formatRupiah(f.premi), formatRupiah(f.pnbp)]
    for (const c of header.by_channel) channels.row(channelCells(SALE_CHANNEL_LABELS[c.channel].id, c))
    channels.row(channelCells("Jumlah", { ...t, quantity: header.by_channel.reduce((n, c) => n + c.quantity, 0) }), { bold: true, ruleAbove: true })
    channels.row(channelCells("di antaranya jasa", header.services))

    heading(`${letter(2)}. Rincian per produk, menurut kanal`)
    const products = new PdfTable(doc, [
      { header: "Produk", width: width - 280 },
      { header: "Jml", width: 40, align: "right" },
      { header: "Pendapatan", width: 85, align: "right" },
      { header: "Laba", width: 80, align: "right" },
      { header: "PNBP", width: 75, align: "right" },
    ], counter)
    products.header()
    const productSum = { quantity: 0, revenue: 0n, profit: 0n, pnbp: 0n }
    let count = 0
    let channel: SaleChannel | null = null
    for await (const p of productRows(trx, scope)) {
      count++
      if (p.channel !== channel) {
        channel = p.channel
        products.row([SALE_CHANNEL_LABELS[p.channel].id], { bold: true, span: true, keepWithNext: 14 })
      }
      productSum.quantity += p.quantity
      productSum.revenue += p.revenue
      productSum.profit += p.profit
      productSum.pnbp += p.pnbp
      products.row([lapas ? p.title : `${p.title} (${p.lapas})`, String(p.quantity), formatRupiah(p.revenue), formatRupiah(p.profit), formatRupiah(p.pnbp)])
    }
    if (!count) products.row(["Tidak ada penjualan pada periode ini."], { span: true })
    products.row(
      ["Jumlah", String(productSum.quantity), formatRupiah(productSum.revenue), formatRupiah(productSum.profit), formatRupiah(productSum.pnbp)],
      { bold: true, ruleAbove: true }
    )

    heading(`${letter(3)}. Setoran PNBP (SIMPONI)`)
    const deposits = new PdfTable(doc, [
      { header: "Tanggal setor", width: 82 },
      { header: "Masa PNBP", width: 118 },
      { header: "Kode billing", width: 98 },
      { header: "NTPN", width: 106 },
      { header: "Jumlah", width: width - 404, align: "right" },
    ], counter)
    deposits.header()
    let depositCount = 0
    for await (const d of depositRows(trx, scope)) {
      depositCount++
      // A correction reverses a mistyped deposit: its row names it and the reason, its amount negative.
      const ntpn = d.reverses_id ? `${d.ntpn} (koreksi: ${d.reason ?? "-"})` : d.ntpn
      deposits.row([dayLabel(d.deposited_on), periodLabel(d.period_from, d.period_to), d.billing_code, ntpn, formatRupiah(d.amount)])
    }
    if (!depositCount) deposits.row(["Belum ada setoran untuk periode ini."], { span: true })
    deposits.row(["Jumlah disetor", "", "", "", formatRupiah(t.deposited)], { bold: true, ruleAbove: true })

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
        const label = lapas ? monthLabel(h.month) : `${monthLabel(h.month)} · ${h.lapas_id}`
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

    // Signatures: the head of the lapas acknowledges, the revenue treasurer made the report.
    if (doc.y + 140 > bottom()) doc.addPage()
    doc.moveDown(2)
    const y = doc.y
    const half = width / 2
    const place = lapas?.city ? `${lapas.city}, ` : ""
    const signedOn = header.closed && header.closed_at ? formatDate(header.closed_at, zone) : "...................."
    doc.font("Helvetica").fontSize(10)
    doc.text(`${place}${signedOn}`, left + half, y, { width: half, align: "center" })
    doc.text("Mengetahui,", left, y + 14, { width: half, align: "center" })
    doc.text(lapas ? `Kepala ${lapas.name}` : "Direktur Jenderal Pemasyarakatan", left, y + 28, { width: half, align: "center" })
    doc.text("Dibuat oleh,", left + half, y + 14, { width: half, align: "center" })
    doc.text(lapas ? "Bendahara Penerimaan" : "Petugas Keuangan", left + half, y + 28, { width: half, align: "center" })
    for (const x of [left, left + half]) {
      doc.text("(....................................................)", x, y + 96, { width: half, align: "center" })
      doc.text("NIP. ...............................................", x, y + 110, { width: half, align: "center" })
    }
    doc.end()
  })
}
