import type { LedgerEntryKind, PremiStatementLine, PremiStatementPayout } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PREMI_MODULE } from "../../modules/premi"
import type PremiModuleService from "../../modules/premi/service"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { dayIn, endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import { premiLapasById, type PremiLapas } from "./lapas"

/** A statement line in bigint rupiah; the JSON route writes it as PremiStatementLine. */
export type StatementLine = Omit<PremiStatementLine, "amount"> & { amount: bigint }

export type StatementPayout = Omit<PremiStatementPayout, "amount"> & { amount: bigint }

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

/**
 * Builds an inmate's premi statement for whole days [from, to] in the lapas's time zone (default:
 * this month so far). The caller has checked that the inmate is in its scope.
 */
export async function buildPremiStatement(
  scope: MedusaContainer,
  inmate: { id: string; code: string; lapas_id: string },
  period: { from?: string; to?: string }
): Promise<PremiStatement> {
  const production: ProductionModuleService = scope.resolve(PRODUCTION_MODULE)
  const lapas = (await premiLapasById(scope, [inmate.lapas_id])).get(inmate.lapas_id) ?? {
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

  const premi: PremiModuleService = scope.resolve(PREMI_MODULE)
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
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
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
      // Allocations copy the kind of the ledger entry they come from.
      kind: first.kind as LedgerEntryKind,
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
