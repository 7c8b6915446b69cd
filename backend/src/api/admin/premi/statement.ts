import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatDate, formatRupiah } from "@karya-binaan/format"
import PDFDocument from "pdfkit"
import { PREMI_MODULE } from "../../../modules/premi"
import type PremiModuleService from "../../../modules/premi/service"
import type { PayoutMethod } from "../../../modules/premi/models/payout"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import {
  dayIn,
  endOfPeriodIn,
  startOfDayIn,
  zoneAbbreviation,
  type ReportTimeZone,
} from "../../../modules/profit-share/reports/period"
import { notFound } from "../../utils/access"
import { lapasById, type PremiLapas } from "./lapas"

export interface StatementLine {
  /** The accounting day of the ledger entry, in the lapas's zone. */
  date: string
  booked_at: string
  kind: string
  order_id: string
  display_id: number | null
  line_item_id: string
  product_title: string | null
  /** Units of the line from the batches this inmate worked on. */
  units: number
  amount: bigint
  ledger_entry_id: string
}

export interface StatementPayout {
  id: string
  paid_on: string
  method: PayoutMethod
  amount: bigint
  note: string | null
}

export interface PremiStatement {
  inmate: { id: string; code: string; lapas_id: string }
  lapas: PremiLapas
  period: { from: string; to: string; time_zone: ReportTimeZone }
  opening_balance: bigint
  lines: StatementLine[]
  payouts: StatementPayout[]
  totals: { earned: bigint; paid: bigint }
  closing_balance: bigint
}

/** The first day of the current month and today, in the zone. */
function defaultPeriod(zone: ReportTimeZone) {
  const today = dayIn(new Date(), zone)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

/** Builds an inmate's premi statement for whole days [from, to] in the lapas's time zone. */
export async function buildStatement(
  req: MedusaRequest,
  inmateId: string,
  period: { from?: string; to?: string }
): Promise<PremiStatement> {
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmate] = await production.listInmates({ id: inmateId }, { select: ["id", "code", "lapas_id"] })
  if (!inmate) throw notFound("Inmate", inmateId)
  const lapas = (await lapasById(req, [inmate.lapas_id])).get(inmate.lapas_id) ?? {
    id: inmate.lapas_id,
    name: inmate.lapas_id,
    handle: inmate.lapas_id,
    time_zone: "Asia/Jakarta" as ReportTimeZone,
  }
  const zone = lapas.time_zone
  const fallback = defaultPeriod(zone)
  const from = period.from ?? (period.to ? `${period.to.slice(0, 8)}01` : fallback.from)
  const to = period.to ?? fallback.to
  const start = startOfDayIn(from, zone)
  const end = endOfPeriodIn(to, zone)

  const premi: PremiModuleService = req.scope.resolve(PREMI_MODULE)
  const data = await premi.statementData(inmate.id, start, end, from, to)

  // One statement line per ledger entry (an inmate on two batches of a line has two allocations).
  const grouped = new Map<string, { first: (typeof data.allocations)[number]; amount: bigint; batches: Set<string> }>()
  for (const a of data.allocations) {
    const g = grouped.get(a.ledger_entry_id)
    if (g) {
      g.amount += a.amount
      g.batches.add(a.batch_id)
    } else grouped.set(a.ledger_entry_id, { first: a, amount: a.amount, batches: new Set([a.batch_id]) })
  }
  const lineIds = [...new Set(data.allocations.map((a) => a.line_item_id))]
  const orderIds = [...new Set(data.allocations.map((a) => a.order_id))]
  const units = new Map<string, number>()
  if (lineIds.length) {
    const lineBatches = await production.listProductionLineBatches({ line_item_id: lineIds })
    for (const lb of lineBatches) units.set(`${lb.line_item_id}|${lb.batch_id}`, Number(lb.quantity))
  }
  const orders = new Map<string, { display_id: number | null; titles: Map<string, string | null> }>()
  if (orderIds.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: rows } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.product_title", "items.title"],
      filters: { id: orderIds },
    })
    for (const o of rows as any[]) {
      orders.set(o.id, {
        display_id: o.display_id ?? null,
        titles: new Map(((o.items ?? []) as any[]).filter(Boolean).map((i) => [i.id, i.product_title ?? i.title ?? null])),
      })
    }
  }
  const lines: StatementLine[] = [...grouped.values()].map(({ first, amount, batches }) => {
    const order = orders.get(first.order_id)
    return {
      date: dayIn(first.booked_at, zone),
      booked_at: first.booked_at.toISOString(),
      kind: first.kind,
      order_id: first.order_id,
      display_id: order?.display_id ?? null,
      line_item_id: first.line_item_id,
      product_title: order?.titles.get(first.line_item_id) ?? null,
      units: [...batches].reduce((s, b) => s + (units.get(`${first.line_item_id}|${b}`) ?? 0), 0),
      amount,
      ledger_entry_id: first.ledger_entry_id,
    }
  })
  const earned = lines.reduce((s, l) => s + l.amount, 0n)
  const paid = data.payouts.reduce((s, p) => s + p.amount, 0n)
  const opening = data.opening.earned - data.opening.paid
  return {
    inmate: { id: inmate.id, code: inmate.code, lapas_id: inmate.lapas_id },
    lapas,
    period: { from, to, time_zone: zone },
    opening_balance: opening,
    lines,
    payouts: data.payouts,
    totals: { earned, paid },
    closing_balance: opening + earned - paid,
  }
}

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
