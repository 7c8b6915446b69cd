import type { MedusaContainer } from "@medusajs/framework/types"
import { sqlOf } from "../sql"
import { DISCREPANCY_KINDS, type AuditOptions, type AuditReport, type Discrepancy, type DiscrepancyKind } from "./types"

/**
 * The ledger audit: says from the database alone whether the money and the stock are right.
 * Reads only. (First version: counts nothing and checks nothing yet.)
 */
export async function auditLedger(container: MedusaContainer, options: AuditOptions = {}): Promise<AuditReport> {
  const started = new Date()
  void sqlOf(container)
  const discrepancies: Discrepancy[] = []
  const by_kind = Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, 0])) as Record<DiscrepancyKind, number>
  for (const d of discrepancies) by_kind[d.kind]++
  return {
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    scope: {
      order_ids: options.orderIds?.length ? options.orderIds : null,
      since: options.since ? new Date(options.since).toISOString() : null,
    },
    counts: {
      orders: 0,
      paid_parts: 0,
      lines_booked: 0,
      refunds: 0,
      canceled_orders: 0,
      canceled_parts: 0,
      premi_allocations: 0,
      reservations: 0,
      notifications: 0,
    },
    by_kind,
    discrepancies,
  }
}
