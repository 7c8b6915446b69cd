/**
 * What makes a finance PDF a government document: the letterhead (ministry, Ditjenpas, the
 * lapas), the PNBP account code, a reproducible document number, one style for dates and periods,
 * one wording for a signed difference, and a footer naming the document on every page. Shared by
 * the PNBP report (pnbp/pdf.ts) and the premi statement (premi-statement.ts).
 */
import { depositStatus, depositStatusText } from "../modules/profit-share/reports/reconciliation"
import { createHash } from "node:crypto"
import { formatRupiah } from "@karya-binaan/format"
import { dayLabel, monthDays } from "../modules/profit-share/reports/period"

type Pdf = PDFKit.PDFDocument

/**
 * Policy data of the documents, from the environment (README, Configuration), with defaults:
 * - DOCUMENT_MINISTRY: the ministry over the lapas, printed first in the letterhead. Default
 *   "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA" (corrections moved there from
 *   the Ministry of Law and Human Rights in October 2024).
 * - DOCUMENT_DIRECTORATE: default "DIREKTORAT JENDERAL PEMASYARAKATAN".
 * - PNBP_ACCOUNT_CODE / PNBP_ACCOUNT_NAME: the revenue account (kode akun, 6 digits of the
 *   standard chart of accounts) the lapas deposits GIATJA's PNBP under in SIMPONI. Default
 *   425119 "Pendapatan Penjualan Lainnya"; set the one the lapas's SIMPONI billing uses.
 * Read at each call, so a test or an operator can change them without a restart of the module.
 */
export function documentPolicy() {
  const env = (name: string, fallback: string) => process.env[name]?.trim() || fallback
  return {
    ministry: env("DOCUMENT_MINISTRY", "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA"),
    directorate: env("DOCUMENT_DIRECTORATE", "DIREKTORAT JENDERAL PEMASYARAKATAN"),
    pnbpAccountCode: env("PNBP_ACCOUNT_CODE", "425119"),
    pnbpAccountName: env("PNBP_ACCOUNT_NAME", "Pendapatan Penjualan Lainnya"),
  }
}

/** The institution's full name for a letterhead: "Lapas Kelas IIA Bojonegoro" → "LEMBAGA PEMASYARAKATAN KELAS IIA BOJONEGORO". */
export function fullLapasName(name: string): string {
  const expanded = name
    .replace(/^Lapas\b/i, "Lembaga Pemasyarakatan")
    .replace(/^Rutan\b/i, "Rumah Tahanan Negara")
    .replace(/^Bapas\b/i, "Balai Pemasyarakatan")
  return expanded.toUpperCase()
}

/** The lapas as a letterhead names it; every field but the name may be unknown. */
export interface LetterheadLapas {
  name: string
  address?: string | null
  city?: string | null
  province?: string | null
}

/** "Jl. Diponegoro No. 1, Bojonegoro 62111, Jawa Timur": the address with the province when it is not in it already. */
export function addressLine(lapas: LetterheadLapas): string | null {
  const parts = [lapas.address?.trim() || lapas.city?.trim() || ""]
  const province = lapas.province?.trim()
  if (province && !parts[0].toLowerCase().includes(province.toLowerCase())) parts.push(province)
  const line = parts.filter(Boolean).join(", ")
  return line || null
}

/**
 * Draws the letterhead at the top of the current page, centred between the margins: ministry,
 * directorate, the lapas's full name (or `unit` for a national document) and its address, then a
 * double rule. Leaves doc.y under the rule.
 */
export function drawLetterhead(doc: Pdf, lapas: LetterheadLapas | null, unit?: string) {
  const policy = documentPolicy()
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc.x = left
  doc.font("Helvetica-Bold").fontSize(11).text(policy.ministry, left, doc.y, { width, align: "center" })
  doc.font("Helvetica-Bold").fontSize(11).text(policy.directorate, left, doc.y, { width, align: "center" })
  doc.font("Helvetica-Bold").fontSize(12).text(lapas ? fullLapasName(lapas.name) : (unit ?? ""), left, doc.y, { width, align: "center" })
  const address = lapas ? addressLine(lapas) : null
  if (address) doc.font("Helvetica").fontSize(9).text(address, left, doc.y, { width, align: "center" })
  const y = doc.y + 4
  doc.save().lineWidth(1.5).moveTo(left, y).lineTo(left + width, y).stroke()
  doc.lineWidth(0.5).moveTo(left, y + 3).lineTo(left + width, y + 3).stroke().restore()
  doc.x = left
  doc.y = y + 12
}

/** The document's title under the letterhead, centred: the title, its subtitles (smaller), then "Nomor: …". */
export function drawDocumentTitle(doc: Pdf, [title, ...subtitles]: string[], number: string) {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc.font("Helvetica-Bold").fontSize(12).text(title, left, doc.y, { width, align: "center" })
  for (const subtitle of subtitles) doc.font("Helvetica-Bold").fontSize(10).text(subtitle, left, doc.y, { width, align: "center" })
  doc.font("Helvetica").fontSize(10).text(`Nomor: ${number}`, left, doc.y, { width, align: "center" })
  doc.moveDown(0.8)
}

/** "1 November 2026 s.d. 30 November 2026": the one way a period is written. */
export const periodLabel = (from: string, to: string) => `${dayLabel(from)} s.d. ${dayLabel(to)}`

/**
 * A signed difference between PNBP owed and deposited (outstanding = owed − deposited, as
 * modules/profit-share/reports/reconciliation.ts computes it), written one way: a word and a
 * positive amount, never a minus sign (reconciliation.ts depositStatusText): "Kurang setor Rp 4.000",
 * "Lebih setor Rp 1.000", "Lunas".
 */
export function balanceText(outstanding: bigint): string {
  const { status, difference } = depositStatus(outstanding, 0n, true)
  return depositStatusText(status, difference)
}

/** The short code of a lapas in a document number: its satker code, else its handle without "lapas-", in capitals. */
export function lapasDocumentCode(lapas: { satker_code?: string | null; handle: string }): string {
  return lapas.satker_code?.trim() || lapas.handle.replace(/^lapas-/, "").toUpperCase()
}

/**
 * The PNBP report's document number, the same for the same report every time it is downloaded:
 * `PNBP/<lapas code>/<period>/<check>`, where
 * - lapas code: the satker code (else the handle in capitals), NASIONAL for the roll-up;
 * - period: `YYYYMM` for one whole month, `YYYYMM-YYYYMM` for whole months, else `YYYYMMDD-YYYYMMDD`;
 * - check: six hexadecimal digits of SHA-256 over the lapas id, the period's days and the channel
 *   filter, so two reports of one lapas and period that differ by channel get different numbers.
 * Nothing in it depends on the moment of download or on the figures, so a draft (an open period)
 * and the closed period's final report carry the same number; the closed state is printed beside it.
 */
export function pnbpDocumentNumber(input: {
  lapas: { id: string; satker_code?: string | null; handle: string } | null
  from: string
  to: string
  channel?: string | null
}): string {
  const code = input.lapas ? lapasDocumentCode(input.lapas) : "NASIONAL"
  const compact = (day: string) => day.replace(/-/g, "")
  const fromMonth = input.from.slice(0, 7)
  const toMonth = input.to.slice(0, 7)
  const wholeMonths = input.from === monthDays(fromMonth).from && input.to === monthDays(toMonth).to
  const period = wholeMonths
    ? fromMonth === toMonth
      ? compact(fromMonth)
      : `${compact(fromMonth)}-${compact(toMonth)}`
    : `${compact(input.from)}-${compact(input.to)}`
  const check = createHash("sha256")
    .update(["pnbp", input.lapas?.id ?? "nasional", input.from, input.to, input.channel ?? ""].join("|"))
    .digest("hex")
    .slice(0, 6)
    .toUpperCase()
  return `PNBP/${code}/${period}/${check}`
}

/**
 * Writes `text` at the foot of every page from now on (and of the current one): "<text> ·
 * Halaman n". The bottom margin is lifted while writing, so pdfkit does not start a new page for
 * text below it.
 */
export function pageFooters(doc: Pdf, text: string) {
  let page = 0
  const write = () => {
    page++
    const { x, y } = doc
    const font = (doc as any)._font
    const fontSize = (doc as any)._fontSize as number
    const bottom = doc.page.margins.bottom
    const left = doc.page.margins.left
    const width = doc.page.width - left - doc.page.margins.right
    doc.page.margins.bottom = 0
    doc
      .font("Helvetica")
      .fontSize(7.5)
      .fillColor("#444444")
      .text(`${text}  ·  Halaman ${page}`, left, doc.page.height - bottom / 2 - 4, { width, align: "center", lineBreak: false })
      .fillColor("black")
    doc.page.margins.bottom = bottom
    if (font) (doc as any)._font = font
    doc.fontSize(fontSize)
    doc.x = x
    doc.y = y
  }
  write()
  doc.on("pageAdded", write)
}
